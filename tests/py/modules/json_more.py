import json
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2) if True else "")
print(json.dumps([1, [2, [3, {}]]], indent=1))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True))
print(json.dumps("\u00e9\u4e2d\U0001f600"), json.dumps("\x00\x1f\x7f"))
print(json.dumps(float("inf")) if True else "", json.dumps(True), json.dumps(None), json.dumps(1.0), json.dumps(10**20))
print(json.loads('"\\ud83d\\ude00"') == "\U0001f600", json.loads('[1e2, 1E-2, -0, 0.5]'))
print(json.loads('{"a": {"b": {"c": []}}}')["a"]["b"], json.loads("  [ ]  "), json.loads('{"":""}'))
print(type(json.loads("1.0")).__name__, type(json.loads("1")).__name__, json.loads("true"), json.loads("null"))
from io import StringIO
buf = StringIO()
json.dump({"k": [1, "v"]}, buf)
print(buf.getvalue())
print(json.load(StringIO('{"x": [true, false, null]}')))
class C: pass
try:
    json.dumps(C())
except TypeError:
    print("TypeError")
print(json.dumps({"a": "b"}, separators=(",", ":")), json.dumps([1, 2], separators=(", ", ": ")))
print(json.dumps({(1): 2, 2.5: "x", True: False, None: 0}))
