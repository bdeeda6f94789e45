import json
for bad in ("", "[1, 2", "{'a': 1}", "tru", "[1,]", "{\"a\" 1}", "nul", "[1 2]"):
    try:
        json.loads(bad)
        print("parsed?", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
try:
    json.dumps(object())
except TypeError:
    print("TypeError not serializable")
try:
    json.dumps({1, 2})
except TypeError:
    print("TypeError set")
