class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config " + s) from e
try:
    load("x")
except ConfigError as e:
    print("ConfigError", e)
print(load("5"))
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print("RuntimeError", e)
