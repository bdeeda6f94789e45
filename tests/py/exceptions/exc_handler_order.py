def f(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError (unreachable for KeyError)"
    except Exception:
        return "Exception"
print(f(KeyError()), f(IndexError()), f(ValueError()))
