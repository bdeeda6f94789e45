import json
print(json.dumps([1, 2]))
data = json.loads('{"int": 1, "float": 1.5, "neg": -3, "exp": 2e2, "str": "s", "list": [], "obj": {}, "t": true, "n": null}')
for k in data:
    print(k, type(data[k]).__name__, data[k])
print(json.loads('"\\ud83d\\ude00"') == "😀", len(json.loads('"\\u65e5\\u672c"')))
