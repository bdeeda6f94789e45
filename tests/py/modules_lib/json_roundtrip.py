import json
data = {"name": "adder", "version": [0, 1, 0], "nested": {"ok": True, "none": None, "pi": 3.14159, "neg": -12},
        "text": "line1\nline2 \"quoted\" \\ tab\t", "unicode": "ñ€𝄞", "empty": {}, "list": []}
s = json.dumps(data)
print(s)
back = json.loads(s)
print(back == data, sorted(back), back["unicode"] == data["unicode"])
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(json.loads("[1.0, 2.50, 1e-7, 12345678.9, 0.1]")))
print(json.loads('{"a":[{"b":[{"c":[]}]}]}'), json.dumps([[[[]]]]), json.dumps({"a": {"b": {}}}, indent=1))
big = list(range(100))
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))
print(json.dumps("\u2028\x7f\x00"), json.loads('"\\u2028"') == "\u2028")
print(json.dumps({"k": 1}, separators=(",", "=")), json.dumps([1, {"a": 2}], indent=2, separators=(",", ": ")))
print(json.loads("  \n\t[\n1\n]\n "), json.loads('"tab\\there"'), json.loads("-0.0"), json.loads("1e400"))
