# Attribute sites that cached an instance attribute must notice when the class later
# gains a property, a data descriptor, `__setattr__` or `__getattribute__` of that name:
# from then on, the class attribute wins over the instance's own.


class Point:
    def __init__(self, x):
        self.x = x


def read(o):
    return o.x


def write(o, v):
    o.x = v


def total(o, n):
    t = 0
    for _ in range(n):
        t += read(o)
    return t


p = Point(1)
print("before", total(p, 2000))
Point.x = property(lambda self: 42, lambda self, v: print("property set", v))
print("property", read(p), p.x, total(p, 2000))
write(p, 5)
print("instance dict still has", p.__dict__)


class Clamp:
    def __get__(self, obj, owner=None):
        return 0 if obj is None else obj.__dict__["raw"]

    def __set__(self, obj, v):
        obj.__dict__["raw"] = min(v, 10)


class Box:
    def __init__(self):
        self.raw = 0
        self.level = 3


b = Box()
levels = 0
for i in range(2000):
    b.level = i
    levels += b.level
    if i == 1000:
        Box.level = Clamp()
print("descriptor", levels, b.level, b.raw)


class Logged:
    def __init__(self):
        self.n = 0


log = []
obj = Logged()
for i in range(1500):
    obj.n = i
    if i == 700:
        Logged.__setattr__ = lambda self, k, v: log.append((k, v))
print("setattr", obj.n, len(log), log[:2])


class Masked:
    def __init__(self):
        self.v = 1


m = Masked()
s = 0
for i in range(2000):
    s += m.v
    if i == 999:
        Masked.__getattribute__ = lambda self, name: 7
print("getattribute", s)


class Lazy:
    def __set__(self, obj, v):
        obj.__dict__["seen"] = v * 2


class Holder:
    attr = Lazy()


h = Holder()
h.__dict__["attr"] = 1
got = 0
for i in range(1200):
    got += h.attr
    if i == 600:
        Lazy.__get__ = lambda self, obj, owner=None: 100
print("descriptor class gains __get__", got)
