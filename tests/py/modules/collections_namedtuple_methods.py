from collections import namedtuple
Emp = namedtuple("Emp", ("name", "dept", "salary"))
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(sum(e.salary for e in staff), max(staff, key=lambda e: e.salary).name)
print(staff[0].count("eng") if hasattr(staff[0], "count") else 1, staff[1].index(90) if hasattr(staff[1], "index") else 2)
print(staff[0]._replace(salary=130))
print(Emp._make(["dee", "hr", 80]))
