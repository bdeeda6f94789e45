class A:
    def __repr__(self):
        return "A!"
class B(A):
    pass
class C(B):
    def __str__(self):
        return "C-str"
print(str(A()), str(B()), str(C()), repr(C()), "%s|%r" % (C(), C()))
print([A(), C()], {"k": C()})
