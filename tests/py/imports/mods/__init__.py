# helper package for tests in tests/py/imports (not a test itself)
MODS_INIT = True
