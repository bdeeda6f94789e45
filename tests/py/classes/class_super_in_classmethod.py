class A:
    @classmethod
    def create(cls):
        return "A.create(%s)" % cls.__name__
    @staticmethod
    def helper():
        return "A.helper"
class B(A):
    @classmethod
    def create(cls):
        return "B+" + super().create()
    @staticmethod
    def helper():
        return "B+" + A.helper()
print(B.create(), B().create(), B.helper(), A.create())
