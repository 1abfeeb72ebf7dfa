class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(v.x, v.y, v.length2())
v.x = 10
print(v.x, v.length2())
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(v, "y"), hasattr(v, "z"))
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError:
    print("no attributes allowed")
class Partial:
    __slots__ = ("a", "b")
p = Partial()
p.a = 1
print(p.a, hasattr(p, "b"))
try:
    print(p.b)
except AttributeError as err:
    print("AttributeError:", err)
