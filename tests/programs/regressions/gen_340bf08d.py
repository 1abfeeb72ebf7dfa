# Found by tests/differential.rs (minimized).
def h0(p, q=0, *, r=0):
    return 0

def h1(p, q=0, *, r=0):
    return 0

def h2(p, q=0, *, r=0):
    return 0

g = h0

def rec(n):
    if n <= 1:
        return n
    return rec(n - 1) + rec(n - 2) % 5

def make_counter(start):
    n = start
    def inc(d):
        nonlocal n
        n += d % 1000
        return n
    return inc

def risky(n, lim):
    if n > lim:
        raise ValueError('too big: %d' % n)
    return n * 2

def outer(n, lim):
    return risky(n % 50, lim) + 1

def gen(n, steps):
    v = n % 1000
    for q in range(steps):
        yield v
        v = v * 2 - q

def fin_ret(n, at):
    total = 0
    for q in range(n):
        try:
            if q == at:
                return total + 100
            if q % 2 == 1:
                continue
            total += q
        finally:
            total += 1
    return total

class C0(object):
    def __init__(self, v):
        self.v = v
        self.w = 0
    def m(self, n):
        return 0

class C1(object):
    def __init__(self, v):
        self.v = v
        self.w = 1
    def m(self, n):
        return 0

class C2(object):
    def __init__(self, v):
        self.v = v
        self.w = 2
    def m(self, n):
        return 0

a, b, c = 0, 0, 0
x, y = 1.5, 1.5
t = 0
i = j = k = i3 = i4 = 0
L = [3, -1, 4]
D = {0: 1, 3: -2}
cnt = make_counter(a % 100)
objs = [C0(0)]
for i in range(1):
    try:
        for j in range(1):
            try:
                a = 0
                if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
            except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
                print('caught', type(e).__name__, e)
            print('it', j, a, b, c, x, y, repr(t))
        else:
            print('else', j)
            try:
                a = 0
                if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
            finally:
                print('finally', i, a)
                a = int(float(((2**47 + 2) ^ (-1))))
                if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
        print('caught', type(e).__name__, e)
    print('it', i, a, b, c, x, y, repr(t))
print('end', a, b, c, x, y, repr(t), L, D, i, j, k)
