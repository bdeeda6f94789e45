log = []
def t(name, v):
    log.append(name)
    return v
print(t("a", 0) and t("b", 1))
print(log); log.clear()
print(t("a", 1) and t("b", 2))
print(log); log.clear()
print(t("a", 0) or t("b", "") or t("c", "last"))
print(log); log.clear()
print(t("a", "first") or t("b", 1))
print(log); log.clear()
print(not t("a", []), log)
print(0 and 1 or 2, 1 and 0 or 3, None or False, [] and {}, "x" and [0])
print(any(t(i, i > 2) for i in range(10)), log)
log.clear()
print(all(t(i, i < 2) for i in range(10)), log)
