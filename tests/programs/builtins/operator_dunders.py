# Explicit calls of the operator methods of built-in types, super() calls in their subclasses
class Money(int):
    def __add__(self, o):
        return Money(super().__add__(o))
    def __repr__(self):
        return f"Money({int(self)})"
print(Money(5) + 3)
class Path(str):
    def __truediv__(self, o):
        return Path(self + "/" + o)
print(Path("a") / "b" / "c")
class Stack(list):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack" + super().__repr__()
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
s = Stack(); s.push(1); s.push(2)
print(s, s[0], len(s))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D()
d["A"] = 1
print(d["a"], d, "a" in d)
print((1).__add__(2), (5).__neg__(), "ab".__mul__(2), [1].__add__([2]), (2.0).__mul__(3), (1).__lt__(2), "a".__eq__("a"))
print(int.__add__(1, 2), (1).__add__(1.5), str.__add__("a", "b"), list.__len__([1, 2]), (3).__radd__(4), (7).__rsub__(10))
print((1).__lt__(2), (1).__eq__(1.0), (1).__lt__("a"), "ab".__eq__("a" + "b"), "a".__ne__("b"), [1].__eq__([1]), {1: 2}.__lt__({}), (1.5).__gt__(1))
print((2).__pow__(10), (7).__rfloordiv__(100), (3).__rmul__("ab"), "x".__rmul__(3), (1).__add__(True), True.__add__(1), (5).__sub__(2.0))
print(int.__repr__(5), list.__repr__([1]), (-3).__abs__(), (2.5).__neg__(), (7).__invert__(), (3.9).__int__(), (3).__float__())
class MyInt(int):
    pass
m = MyInt(7)
print(m + 1, 1 + m, m * 2, -m, abs(MyInt(-3)), m == 7, m < 8, hash(m) == hash(7), {m: 1}[7], type(m + 1).__name__, str(m), repr(m))
class MyStr(str):
    pass
s = MyStr("hi")
print(s + "!", "!" + s, s * 2, s == "hi", s < "z", {s: 1}["hi"], s.upper(), len(s), repr(s), f"{s:>5}")
class MyList(list):
    pass
l = MyList([3, 1])
print(l + [2], [0] + l, l * 2, l == [3, 1], sorted(l), repr(l), len(l), l[0])
class V(tuple):
    def __add__(self, o):
        return V(a + b for a, b in zip(self, o))
print(V((1, 2)) + V((3, 4)), V((1,)) + (5,), (9,) + V((1,)))
