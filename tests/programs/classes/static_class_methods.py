class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def day_of_year(self):
        days = [31, 29 if Date.is_leap(self.year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return sum(days[:self.month - 1]) + self.day

    def __repr__(self):
        return f"Date({self.year}, {self.month:02d}, {self.day:02d})"

d = Date.from_string("2024-03-15")
print(d, d.day_of_year())
print(Date(2023, 12, 31).day_of_year(), Date(2024, 12, 31).day_of_year())
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date.is_leap(2000), d.is_leap(1900))

class SpecialDate(Date):
    def __repr__(self):
        return "Special" + super().__repr__()

s = SpecialDate.from_string("1999-01-02")
print(s, type(s).__name__)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
for _ in range(4):
    Counter()
print(Counter.how_many())
