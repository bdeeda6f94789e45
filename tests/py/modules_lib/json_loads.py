import json, io
print(json.loads("null"), json.loads("true"), json.loads("false"), json.loads("123"), json.loads("-0"), json.loads("1.5e3"), json.loads("-2.5"))
print(json.loads("123456789012345678901234567890"), json.loads("1E2"), json.loads(" [ 1 , 2 ] "))
print(json.loads('"a\\nb\\t\\"\\\\\\/\\u00e9\\ud83d\\ude00"'))
print(json.loads('{"a": {"b": [1, 2, {"c": null}]}, "d": "e"}'))
print(json.loads('[]'), json.loads('{}'), json.loads('[[[]]]'), json.loads('{"a":1,"a":2}'))
print(json.loads(b'[1, "x"]'), json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('"\\u0041\\u00DF"'), json.loads('"\u00e9"'))
print(json.loads(json.dumps({"x": [1, 2.5, "s", None, True]})))
for bad in ["", "[1,]", "[1 2]", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "nul", '"abc', '"\\x"', "1 2", "[", '"a\nb"', "01", "{", "-"]:
    try:
        json.loads(bad)
        print("no error for", repr(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
s = io.StringIO()
json.dump({"a": [1, 2]}, s)
print(s.getvalue())
s.seek(0)
print(json.load(s))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
