print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1: 1.0}, {1: 1} != {1: 2})
print({} == {}, {} == [], {"a": [1]} == {"a": [1]})
print(dict(a=1) == {"a": 1})
try:
    {} < {}
except TypeError:
    print("TypeError")
print({1: {2: {3: "deep"}}}[1][2][3])
print(list({1: 1}.items()) == [(1, 1)])
