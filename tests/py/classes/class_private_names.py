# MicroPython does no private name mangling (documented difference): this file has a .exp
# with MicroPython's output.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account(100)
print(a.balance(), a._hint, a.reveal(), a.deposit(5), a.balance())
print(hasattr(a, "__balance"))
