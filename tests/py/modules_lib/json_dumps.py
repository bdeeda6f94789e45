import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(1), json.dumps(-2**70), json.dumps(1.5), json.dumps(1e100))
print(json.dumps("hi"), json.dumps('q"b\\s\n\t\r\x01'), json.dumps("é✓😀"), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, "a", None, [2, 3], {}]), json.dumps((1, 2)), json.dumps([]))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "x", 2.5: "y", True: "z", None: "n"}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({"a": [1, 2, {"b": []}], "c": {}}, indent=2))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"k": [1]}, indent="\t"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
for bad in [{1, 2}, {(1, 2): 3}, b"x", object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError")
l = [1]
l += [l]
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
