class Employee:
    def __init__(self, name, base):
        self.name, self.base = name, base
    def pay(self):
        return self.base
    def __str__(self):
        return "%s: %d" % (self.name, self.pay())
class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports
    def pay(self):
        return super().pay() + 100 * len(self.reports)
class Intern(Employee):
    def pay(self):
        return super().pay() // 2
team = [Employee("ann", 1000), Intern("ian", 800)]
staff = team + [Manager("max", 2000, team)]
for e in staff:
    print(e)
print(sum(e.pay() for e in staff), max(staff, key=lambda e: e.pay()).name)
