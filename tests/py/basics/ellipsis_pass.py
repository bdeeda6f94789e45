print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
class Empty:
    pass
print(type(Empty()).__name__)
for i in range(2):
    pass
print(i)
x = [..., 1]
print(x, bool(...))
