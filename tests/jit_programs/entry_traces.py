class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        if k == 13:
            raise ValueError("unlucky " + str(self.x))
        return V(self.x * k, self.y * k)


def check(n, bad):
    if n == bad:
        raise KeyError(n)
    return n


def shade(v, items, k, bad):
    a = v.scale(k)
    b = a.x + a.y * 2
    c = b - k
    d = c * c % 1000
    e = d + check(k, bad)
    f = v.scale(k + 1)
    g = f.x + e
    h = g // 3 + b
    total = h
    for it in items:
        total += it * d
    return total, f.y


def hot(n, items):
    s = 0
    for i in range(n):
        v = V(i, i + 1) if i < n // 2 else V(i * 0.5, 2)
        t, y = shade(v, items, i % 12, -1)
        s += t + y
    return s


def main():
    items = [1, 2, 3]
    print(hot(3000, items))
    errs = []
    for i in range(400):
        try:
            t, y = shade(V(i, 1), items, i % 15, 7)
            errs.append(t % 10)
        except (KeyError, ValueError) as ex:
            errs.append(repr(ex))
    print(errs[:40], len(errs))
    print(hot(3000, [4, 5]))
    shade(V(1, 2), items, 3, 3)


main()
