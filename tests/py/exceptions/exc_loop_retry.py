attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise OSError("try again")
    return "success after %d" % attempts
for i in range(5):
    try:
        r = flaky()
    except OSError as e:
        print("attempt", i, "failed:", e)
        continue
    print(r)
    break
def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError:
            bad.append(s)
    return good, bad
print(parse_all(["1", "x", "-3", "", "4.0", "0x1", "7"]))
