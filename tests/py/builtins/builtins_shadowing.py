def use_len():
    return len("abc")
len_orig = len
len = lambda x: "shadowed"
print(len("abc"), use_len())
del len
print(len("abc"), use_len())
list = "not a list"
print(list)
del list
print(list("ab"))
