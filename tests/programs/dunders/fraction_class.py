def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(v):
        return v if isinstance(v, Frac) else Frac(v)

    def __add__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac._coerce(o) - self

    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac._coerce(o) / self

    def __eq__(self, o):
        o = Frac._coerce(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(1 + half, 1 - half, 2 * third, 1 / third, half + 0)
print(half == Frac(2, 4), half < third, third < half, half <= Frac(1, 2))
print(sorted([Frac(3, 4), Frac(1, 8), half, Frac(-1, 2)]))
h = Frac(0)
for n in range(1, 11):
    h += Frac(1, n)
print("H10 =", h, float(h))
print(Frac(6, -8), Frac(0, 5), float(Frac(1, 3)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
