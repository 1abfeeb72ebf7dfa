# An operator method inlined into a trace that returns NotImplemented (obtained some
# way its code does not name) goes on to Python's fallback, as in the interpreter.
table = {4000: NotImplemented}
NI = NotImplemented


class M:
    def __add__(self, o):
        return table.get(o, 1)


class R:
    def __add__(self, o):
        if o == 4000:
            return NI
        return 1

    def __radd__(self, o):
        return 7


class Acc:
    def __init__(self):
        self.v = 0

    def __iadd__(self, o):
        if o == 4000:
            return NI
        self.v += o
        return self

    def __add__(self, o):
        r = Acc()
        r.v = self.v + o + 1000000
        return r


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return lookup(o)

    def __radd__(self, o):
        return Num(o + self.v + 1)


def lookup(o):
    return NI if o > 2500 else Num(o)


def run(cls, n):
    m = cls()
    t = 0
    for i in range(n):
        x = m + i
        t += 1
    return t


for cls in (M, R):
    try:
        print(run(cls, 5000))
    except TypeError as e:
        print("TypeError:", e)


def acc(n):
    a = Acc()
    for i in range(n):
        a += i
    return a.v


print(acc(5000))


def nums(n):
    t = Num(0)
    r = []
    for i in range(n):
        try:
            r.append((Num(i) + i).v)
        except TypeError:
            r.append(-1)
        t = t + Num(1)
    return t.v, r[2498:2503], sum(r)


print(nums(4000))
