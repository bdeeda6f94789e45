import re
print(re.match("abc", "abcdef") is not None, re.match("bcd", "abcdef"), re.search("bcd", "abcdef").group(0))
m = re.match("a.c", "axc")
print(m.group(0), re.match("a.c", "a\nc"))
print(re.search("x*", "aaa").group(0) == "", re.search("a+", "baaac").group(0), re.search("ab?c", "xacx").group(0))
print(re.search("colou?r", "my color").group(0), re.search("colou?r", "my colour").group(0))
print(re.search("z", "abc"), re.match("", "abc").group(0) == "")
print(re.search("a|b", "xxbxa").group(0), re.search("cat|dog", "hotdog").group(0))
print(re.match(".*", "greedy match").group(0), re.match(".*?x", "aaxbbx").group(0))
