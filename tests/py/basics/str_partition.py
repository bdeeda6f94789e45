print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("".partition("x"), "".rpartition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("=start".partition("="), "end=".rpartition("="))
print("日本=語".partition("="), "aéb".partition("é"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
