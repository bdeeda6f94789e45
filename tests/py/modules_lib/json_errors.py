import json
cases = ['{"a": }', '[1, 2', '{"a" "b"}', '{1: 2}', '"\\u12"', 'tru', '[1,,2]', '  ', '1.', '.5', '-', '+1', '[NaN]', '{"a":1}}', '"a\tb"']
for c in cases:
    try:
        r = json.loads(c)
        print("ok", repr(c), r)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
for bad in [object(), {1.5j: 1}, [1, {2, 3}]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
try:
    json.dumps({"a": 1, 1: 2}, sort_keys=True)
except TypeError:
    print("TypeError sort_keys mixed")
