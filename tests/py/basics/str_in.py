s = "hello world"
print("hello" in s, "world" in s, "o w" in s, "" in s, "xyz" in s, "Hello" in s)
print("x" not in s, "l" not in s)
print("" in "", "a" in "", "日" in "日本")
words = ["apple", "banana"]
print("apple" in words, "app" in words, "app" in words[0])
try:
    1 in "abc"
except TypeError:
    print("TypeError")
