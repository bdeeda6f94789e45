import json
data = {"a": [1, 2.5, True, None], "b": {"c": "d\"e\n"}, "u": "caf\u00e9"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps([]), json.dumps({}), json.dumps("x"), json.dumps(1e100), json.dumps(-0.5))
print(json.dumps((1, 2)))
print(json.loads("[1, 2, {\"a\": null}]"))
print(json.loads(' {"k" : [ true , false ] } '))
print(json.loads('"\\u0041\\n"'))
print(json.loads("123"), json.loads("-1.5e2"), json.loads("12345678901234567890"))
print(json.dumps({"x": 1}, separators=(",", ":")))
for bad in ["[1,", "{'a': 1}", "nul", "", "[1 2]"]:
    try:
        json.loads(bad)
        print("parsed", bad)
    except ValueError:
        print("ValueError")
try:
    json.dumps({1, 2})
except TypeError:
    print("TypeError")
print(json.dumps({1: "int key"}))
print(json.dumps("tab\there"))
