try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__)
try:
    try:
        raise SystemExit("x")
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("outer SystemExit", e.args)
