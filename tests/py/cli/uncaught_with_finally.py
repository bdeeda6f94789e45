# expect-exit: 1
def work():
    try:
        print("working")
        1 // 0
    finally:
        print("finally still runs")
work()
