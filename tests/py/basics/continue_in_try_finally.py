for i in range(4):
    try:
        if i % 2:
            continue
        print("even", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        if e.args[0] == 1:
            continue
        print("handled", e.args[0])
    finally:
        print("cleanup", i)
