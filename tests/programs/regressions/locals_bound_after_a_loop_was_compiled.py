def f():
    for k in range(500):
        if k == 300:
            last = k
    return last

def g(n):
    i = 0
    while i < n:
        if i % 100 == 99:
            last = i
        if i > 900:
            extra = i
        i += 1
    return last, extra

def h(xs):
    best = None
    for x in xs:
        if x > 50:
            found = x
            best = x if best is None else max(best, x)
        else:
            seen = x
    return found, best, seen

def d(n):
    t = 0
    for i in range(n):
        tmp = i * 2
        t += tmp
        if i == n - 5:
            del tmp
            tmp2 = 1
    return t, tmp2

print(f(), g(1000), h(list(range(100))), d(400))
for r in range(30):
    f(); g(1000 + r)
print(f(), g(2000))
