import json
print(json.loads("1"), json.loads("-2.5"), json.loads('"s"'), json.loads("true"), json.loads("false"), json.loads("null"))
print(json.loads("[1, 2, [3]]"), json.loads('{"a": {"b": [true, null]}}'), json.loads("  [ ]  "), json.loads("{}"))
print(json.loads('"esc \\" \\\\ \\n \\t \\u0041 \\u00e9"'))
print(json.loads("1e3"), json.loads("1E-2"), json.loads("-0"), json.loads("12345678901234567890"))
d = json.loads('{"z": 1, "a": 2, "m": [1.5, "x"]}')
print(d, list(d), type(d["m"]).__name__)
print(json.loads(b'[1, "bytes input"]') if True else "")
