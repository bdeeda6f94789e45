def use():
    import mods.simple as m
    from mods.uses_other import double_const
    return m.CONST, double_const()
print(use())
try:
    m
except NameError:
    print("function-local import does not leak")
def lazy_json():
    import json
    return json.dumps([1])
print(lazy_json())
