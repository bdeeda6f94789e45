# expect-exit: 42
print("raising SystemExit(42) directly")
raise SystemExit(42)
