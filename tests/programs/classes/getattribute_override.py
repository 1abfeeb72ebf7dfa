# A user __getattribute__ sees every lookup (cached sites too); __getattr__ is its fallback; MRO conflict message
class Logged:
    def __init__(self):
        self.x = 1
        self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
o = Logged()
for _ in range(3):
    o.x
    o.m()
print(o.log)
class Upper:
    def __init__(self):
        self.name = "kiln"
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
    def __getattr__(self, name):
        return "missing:" + name
u = Upper()
for _ in range(2):
    print(u.name, u.other)
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
