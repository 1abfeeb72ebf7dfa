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
        return (((0 + 1) + 13) + n)

class C1(C0):
    def __init__(self, v):
        self.w = 1
        self.v = v
    def m(self, n):
        return (abs((-1)) & abs((self.v << 44)))

class C2(C0):
    def __init__(self, v):
        self.w = 2
        self.v = v
    def m(self, n):
        return (2147483648 ^ (9 - (-(2**100 + 1)))) - super().m(n)

a, b, c = (-2**63), (-2), 6
x, y = (-2.5), 140737488355328.0
t = 0
i = j = k = i3 = i4 = 0
L = [3, -1, 4]
D = {0: 1, 3: -2}
cnt = make_counter(a % 100)
objs = [C1((-(2**48 + 2))), C0(11), C2((-8)), C1(9223372036854775806)]
for i in range(6):
    try:
        if i == 0: g = h2
        if i == 2: g = h2
    finally:
        print('finally', i, a)
        if (((-((15 * 13) // ((-2**48) or 1))) == float(((2**48 - 2) & j))) and ((abs(16) + (b // ((2147483648 + 6) or 1))) < ((-15) ^ 17))) and ((b >> 7) > float(13)):
            raise ValueError(repr(a))
        t = t + t
        t = t[-12:] if isinstance(t, str) else (t % 1000003 if isinstance(t, int) and abs(t) > 2**130 else t)
    if ((-(2**100 - 2)) & (k // ((2**100 - 1) or 1))) == abs(abs((-7.25))):
        c = D.get((b * (-6)) % 7, -1)
        if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
        T = tuple(L[1:2:2])
        print('slice', T, T[1:], len(T), L[::-1][:3])
        c = c + sum(T) % 1000 if T else c - 1
        if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
        p = (a, b, x)
        b, a, x2 = p
        y = y if x2 != x2 else x2
        b = (L[((18446744073709551616 ^ (-281474976710659)) // ((k // (k or 1)) or 1)) % len(L)] if L else 0)
        if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
    else:
        x = float(max(float((b & c)), ((-6) & 3)))
        p = (a, b, x)
        b, a, x2 = p
        y = y if x2 != x2 else x2
    for j in range(6):
        try:
            objs[0 % len(objs)].z = abs((-4))
            y = abs(x)
            for o in objs:
                print('attrs', o.v, o.w, getattr(o, 'z', None))
            D[g((b * 1267650600228229401496703205373)) % 7] = int((abs(140737488355328.0) / ((j - k) or 1.0)))
        except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
            print('caught', type(e).__name__, e)
        print('it', j, a, b, c, x, y, repr(t))
    else:
        print('else', j)
        a = (L[((-(-4)) * (2**80 + 2)) % len(L)] if L else 0)
        if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
    print('it', i, a, b, c, x, y, repr(t))
for i in range(7):
    try:
        for kk in list(D):
            if (D[kk] + cnt((((11 * (-1208925819614629174706175)) ^ 5) + j))) % 2 == 0: del D[kk]
            else: D[(kk + 1) % 7] = D.get(kk, 0) - 1
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
        print('caught', type(e).__name__, e)
    print('it', i, a, b, c, x, y, repr(t))
for i in range(6):
    try:
        if (((-(abs(k) << 38)) <= abs(abs(k)) < ((20 - b) * 18)) and (1e16 < ((x / ((-0.0) or 1.0)) % ((i | 3) or 1.0)))) or ((abs((-(-7))) < ((a - c) // ((7 % ((-4) if (-4) != 0 else 7)) or 1))) or (((6 * 10) * 4) != max(float(2), (-1e16)))):
            c = cnt((c * 2))
            if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
            if ((-((140737488355328.0 + (b % (c if c != 0 else 7))) * x)) > (-abs(x))) and ((-abs(y)) < abs(float('-inf'))): break
            T = tuple(L[2:-3:-2])
            print('slice', T, T[1:], len(T), L[::-1][:3])
            c = c + sum(T) % 1000 if T else c - 1
            if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
            b &= (((15 * (-1)) | (-18446744073709551616)) << 10)
            if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
        else:
            c += objs[6 % len(objs)].m((-(13 ^ j)))
            if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
        y = abs(5e-324)
        if L: L[(abs((-4611686018427387905)) ^ abs((-j))) % len(L)] = (10 << 54)
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
        print('caught', type(e).__name__, e)
    print('it', i, a, b, c, x, y, repr(t))
else:
    print('else', i)
    for i in range(3):
        b = (b % (((1267650600228229401496703205378 * (-8)) ^ 3) if ((1267650600228229401496703205378 * (-8)) ^ 3) != 0 else 7))
        if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
        print('it', i, a, b, c, x, y, repr(t))
    else:
        print('else', i)
        kk = len(L) % 7
        if kk in D: del D[kk]
        p = (a, b, x)
        b, a, x2 = p
        y = y if x2 != x2 else x2
        b = round(float(12))
        if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
        if L:
            a = L.pop() + len(L)
            if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
    for i in range(2):
        for p, q in zip(gen(round(abs(((12 // ((-281474976710654) or 1)) / (11 or 3)))), 6), range(2)):
            c = c + p - q
            if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
        objs[3 % len(objs)].z = cnt(((c | 281474976710659) * (-2)))
        a -= abs(abs(b))
        if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
        a = ((7 * (2**64 + 1)) >> 17)
        if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
        print('it', i, a, b, c, x, y, repr(t))
    else:
        print('else', i)
        b = (-(b >> 7))
        if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
        gg = gen(((i << 65) % (((c << 11) * 4611686018427387902) if ((c << 11) * 4611686018427387902) != 0 else 7)), 1)
        a = a + next(gg) - next(gg, 5)
        if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
        c &= h0((b << 13))
        if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
if (((a * (-4611686018427387901)) % (((-18446744073709551617) % (abs((-3)) if abs((-3)) != 0 else 7)) if ((-18446744073709551617) % (abs((-3)) if abs((-3)) != 0 else 7)) != 0 else 7)) != abs((-(2**48 + 1)))) or ((((-(2**64 - 3)) & 0) != ((a | (-2)) | (-(-8)))) and (((7 // (k or 1)) // ((8 & i) or 1)) >= (c + (3 | (-281474976710656))))):
    t = ((c >> 48) >> 17)
    t = t[-12:] if isinstance(t, str) else (t % 1000003 if isinstance(t, int) and abs(t) > 2**130 else t)
    if (((-(-9223372036854775809)) <= (-(140737488355328.0 / (13 or 1.0)))) and ((((-281474976710654) - 14) & (a // (a or 1))) < float((i ^ (-(2**63 + 1)))))) or ((float((19 & 12)) == (-(-x))) and (float((c % (0 if 0 != 0 else 7))) != (-float((b & c))))):
        a |= abs(i)
        if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
        objs[3 % len(objs)].z = g(((19 * (-(2**63 - 2))) - ((-281474976710659) - 8)))
    else:
        x = ((k // (i or 1)) / ((b & k) or 3))
        D[(((-(2**80 + 1)) & j) << 34) % 7] = int((-140737488355328.0))
else:
    a = round((-abs((-1e308))))
    if a > 2**130 or a < -2**130: a = a % 1000000007 - 500000000
w0 = 0
while w0 < 2:
    w0 += 1
    if len(L) < 24: L.append((((-5) | (b & a)) >> 50))
    x = abs((-(float('inf') // ((c % ((-1267650600228229401496703205379) if (-1267650600228229401496703205379) != 0 else 7)) or 1.0))))
    y = float((19 ^ 281474976710659))
    if not (((c & a) - ((i - j) * (2**64 - 2))) <= (((-3) / ((-8) or 3)) + c)):
        if L: L[objs[6 % len(objs)].m((-abs(a))) % len(L)] = (-((2**80 - 2) // (((-9) << 18) or 1)))
        print('p', a, b, c, x, y, repr(t), L, D, i, j, k)
    print('it', w0, a, b, c, x, y, repr(t))
w0 = 0
while w0 < 1:
    w0 += 1
    try:
        if L: L[len(L) % len(L)] = abs(abs(b))
        b = g((-j))
        if b > 2**130 or b < -2**130: b = b % 1000000007 - 500000000
        for p, q in zip(gen(len(L), 6), range(1)):
            c = c + p - q
            if c > 2**130 or c < -2**130: c = c % 1000000007 - 500000000
    except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:
        print('caught', type(e).__name__, e)
    print('it', w0, a, b, c, x, y, repr(t))
print('end', a, b, c, x, y, repr(t), L, D, i, j, k)
