print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "abc" == "abc")
print("Z" < "a", "10" < "9", "abc" >= "abc", "b" > "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "", "b"]))
print(max("hello"), min("hello"), max(["x", "xy", "w"]))
print("é" > "z", "日" > "é", "a" != "A")
try:
    "a" < 1
except TypeError:
    print("TypeError")
print("1" == 1, "abc" == b"abc")
