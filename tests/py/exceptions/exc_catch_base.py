def trigger(kind):
    if kind == "zero":
        1 // 0
    elif kind == "key":
        {}["k"]
    elif kind == "index":
        [][0]
    elif kind == "value":
        int("x")
    elif kind == "type":
        1 + "a"
    elif kind == "attr":
        None.nope
    elif kind == "name":
        undefined_name_xyz
for kind in ("zero", "key", "index", "value", "type", "attr", "name"):
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError", type(e).__name__)
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except Exception as e:
        print(kind, "Exception", type(e).__name__)
