def f(x):
    return x * x * x - 2 * x + 1

def trapezoid(fn, a, b, n):
    h = (b - a) / n
    total = (fn(a) + fn(b)) / 2
    for i in range(1, n):
        total += fn(a + i * h)
    return total * h

def simpson(fn, a, b, n):
    h = (b - a) / n
    total = fn(a) + fn(b)
    for i in range(1, n):
        total += fn(a + i * h) * (4 if i % 2 else 2)
    return total * h / 3

for n in [4, 10, 50, 200]:
    t = trapezoid(f, 0.0, 2.0, n)
    s = simpson(f, 0.0, 2.0, n)
    print(n, round(t, 10), round(s, 10), f"{abs(t - 2.0):.3e}")

def newton_sqrt(v):
    guess = v / 2 if v > 1 else 1.0
    for step in range(50):
        nxt = (guess + v / guess) / 2
        if abs(nxt - guess) < 1e-15:
            return nxt, step
        guess = nxt
    return guess, 50

for v in [2.0, 10.0, 144.0, 0.25, 1e10]:
    r, steps = newton_sqrt(v)
    print(v, r, steps)

def bisect_root(fn, lo, hi):
    for _ in range(60):
        mid = (lo + hi) / 2
        if fn(lo) * fn(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2

print(round(bisect_root(f, -2.0, 0.0), 9), round(bisect_root(f, 0.7, 2.0), 9))
