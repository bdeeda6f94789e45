for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after", i)
def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return i
print(f())
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    except Exception:
        print("never")
    else:
        print("else", i)
    finally:
        print("fin", i)
