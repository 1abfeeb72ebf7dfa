class Employee:
    def __init__(self, name, base):
        self.name = name
        self.base = base

    def pay(self):
        return self.base

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"

class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports

    def pay(self):
        return super().pay() + 1000 * len(self.reports)

class Contractor(Employee):
    def __init__(self, name, hourly, hours):
        super().__init__(name, 0)
        self.hourly = hourly
        self.hours = hours

    def pay(self):
        return self.hourly * self.hours

class Intern(Employee):
    def pay(self):
        return max(super().pay() // 2, 1500)

devs = [Employee("ann", 6000), Employee("bo", 5500)]
staff = devs + [Manager("cy", 8000, devs), Contractor("di", 85, 120), Intern("ed", 2000)]
for s in staff:
    print(f"{s!r:<18} {s.pay():>7}")
print("total", sum(s.pay() for s in staff))
print("top", max(staff, key=lambda s: s.pay()))
by_type = {}
for s in staff:
    by_type.setdefault(type(s).__name__, []).append(s.name)
print(by_type)
