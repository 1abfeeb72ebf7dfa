class Plain:
    def __init__(self, v):
        self.v = v

a = Plain(1)
b = Plain(1)
c = a
print(a == b, a is b, a == c, a is c, a != b)
print(a in [b], a in [c], [a].count(b), [a].index(c))

class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

x = Valued(5)
y = Valued(5)
print(x == y, x is y, x != y, x == 5, len({x, y}), {x: "first"}[y])
print(Valued(1) in [Valued(0), Valued(1)])

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 3, NoHash() != 3)
