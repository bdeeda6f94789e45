try:
    open("/nonexistent_dir_for_tests/file.txt")
except OSError as e:
    print("OSError", isinstance(e, Exception))
try:
    open("/nonexistent_dir_for_tests/file.txt")
except Exception as e:
    print("caught generically", isinstance(e, OSError))
