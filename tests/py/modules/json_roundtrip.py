import json
objs = [
    {"name": "widget", "tags": ["a", "b"], "price": 9.5, "stock": 0, "active": True, "meta": None},
    [1, [2, [3, [4, []]]]],
    {"": "", "k": {"": []}},
    "plain string",
    -12345678901234567890,
    [0.1, 0.25, 1e100, -0.0],
]
for o in objs:
    s = json.dumps(o)
    back = json.loads(s)
    print(s)
    print(back == o, json.dumps(back) == s)
