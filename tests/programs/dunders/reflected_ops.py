class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __add__(self, o):
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))

    def __radd__(self, o):
        print("  radd called with", o)
        return Meters(o + self.v)

    def __sub__(self, o):
        return Meters(self.v - (o.v if isinstance(o, Meters) else o))

    def __rsub__(self, o):
        return Meters(o - self.v)

    def __mul__(self, o):
        return Meters(self.v * o)

    def __rmul__(self, o):
        return Meters(o * self.v)

    def __floordiv__(self, o):
        return Meters(self.v // o)

    def __mod__(self, o):
        return Meters(self.v % o)

    def __pow__(self, o):
        return Meters(self.v ** o)

    def __rpow__(self, o):
        return o ** self.v

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Meters) else o)

m = Meters(5)
print(m + 3, 3 + m, m - 1, 10 - m, m * 2, 2 * m, m // 2, m % 3, m ** 2, 2 ** m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sorted([Meters(3), Meters(1), Meters(2)]))
print(m < 6, 6 > m, 4 > m)

class Left:
    def __add__(self, o):
        return "Left.__add__"

class Right:
    def __radd__(self, o):
        return "Right.__radd__"

class RightSub(Left):
    def __radd__(self, o):
        return "RightSub.__radd__ wins"

print(Left() + Right(), 1 + Right(), Left() + RightSub())

class Inplace:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self):
        return f"Inplace({self.items})"

x = Inplace()
y = x
x += 1
x += 2
print(x, y is x)
