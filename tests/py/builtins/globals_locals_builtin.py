g = globals()
print(type(g).__name__, "g" in g, g["__name__"], "print" in g)
new_global_value = 5
print(globals()["new_global_value"])
globals()["injected"] = "via globals"
print(injected)
