from array import array
for tc, vals in (("b", [-128, 0, 127]), ("B", [0, 255]), ("h", [-32768, 32767]), ("H", [0, 65535]),
                 ("i", [-2 ** 31, 2 ** 31 - 1]), ("I", [0, 2 ** 32 - 1]), ("l", [-5, 5]), ("L", [0, 7]),
                 ("q", [-2 ** 63, 2 ** 63 - 1]), ("Q", [0, 2 ** 64 - 1]), ("f", [0.5, -1.25]), ("d", [0.1, 1e100])):
    a = array(tc, vals)
    print(tc, a, list(a), len(a), a.typecode if hasattr(a, "typecode") else tc)
print(array("b"), array("d", []), array("i", range(5)))
