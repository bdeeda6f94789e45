# less common str methods
print("abc123".isalnum(), "abc 123".isalnum(), "".isalnum())
print("hello world".title(), "hello world".capitalize(), "HeLLo".swapcase())
print("a\tb\tc".expandtabs(4), "x".expandtabs())
print("42".isdecimal(), "4.2".isnumeric(), "abc".isidentifier(), "1abc".isidentifier())
print("Hello".istitle(), "hello".istitle(), " \t".isprintable(), "abc".isprintable())
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("ABC".casefold())
