try:
    1 / 0
except:
    print("bare except caught")
def f():
    try:
        raise KeyError
    except:
        return "caught anything"
print(f())
try:
    try:
        [][1]
    except:
        raise
except IndexError:
    print("re-raised from bare except")
