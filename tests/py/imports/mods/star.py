__all__ = ["pub_a", "pub_func"]
pub_a = "A"
pub_b = "B (not in __all__)"
_hidden = "hidden"


def pub_func():
    return "pub_func called"
