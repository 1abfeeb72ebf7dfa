class G:
    def __getattribute__(self, n):
        return 'GA:' + n
g = G()
print(g.foo, getattr(g, 'foo'), getattr(g, 'foo', 'd'), hasattr(g, 'foo'))
class GetAttrOrder:
    cls_attr = 'class'
    def __getattribute__(self, n):
        if n == 'cls_attr': return 'intercepted'
        return super().__getattribute__(n)
print(getattr(GetAttrOrder(), 'cls_attr'), getattr(GetAttrOrder(), 'zz', 'dflt'), hasattr(GetAttrOrder(), 'zz'))
class PS:
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    def __setattr__(self, n, v):
        print('__setattr__', n, v)
        object.__setattr__(self, n, v)
p = PS()
p.x = 5
setattr(p, 'x', 6)
print(p.x)
class P:
    @property
    def x(self): return self.__dict__.get('_x', 'none')
    @x.setter
    def x(self, v): print('setter', v); self.__dict__['_x'] = v
p = P()
object.__setattr__(p, 'x', 1)
print(p.x, p.__dict__)
class Frozen:
    def __init__(self, a):
        object.__setattr__(self, 'a', a)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot assign {n}")
    @property
    def b(self): return 1
    @b.setter
    def b(self, v): pass
f = Frozen(3)
try:
    f.b = 2
except AttributeError as e:
    print("blocked", e)
print(f.a)
class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
a = Borg(); b = Borg()
a.x = 10
print(b.x, vars(b))
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)
for i in range(3000):
    o = Borg()
    o.y = i
print(a.y)
