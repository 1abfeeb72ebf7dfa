class M:
    def __init__(self):
        self.d = {'a': 1, 'b': 2}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
m = M()
print(dict(m))
d = {'z': 0}
d.update(m)
print(d)
print({**m, 'c': 3})
def f(**kw):
    return sorted(kw.items())
print(f(**m))
print(repr(object())[:8])
class C:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.ok = True
class D(C): pass
print(D.ok)
