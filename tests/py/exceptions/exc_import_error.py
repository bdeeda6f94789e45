try:
    import module_that_does_not_exist_xyz
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from sys import name_that_does_not_exist_xyz
except ImportError:
    print("ImportError from-import")
