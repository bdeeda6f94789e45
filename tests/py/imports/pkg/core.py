def core_fn():
    return "core_fn result"


CORE_NAME = __name__
