# enumerate() over lists and tuples steps inline in compiled loops (enum_count and
# enum_next; the (index, item) pair is never built): lists that grow while iterated,
# a start, early returns, a half-used enumerate resumed by list(), counts near the
# end of the small ints, and pairs that are not unpacked.
def score(xs):
    h = 0
    fixed = 0
    for i, v in enumerate(xs):
        if i == v:
            fixed += 1
        h = (h * 7 + v) % 1000003
    return h, fixed

def grow(xs):
    out = []
    for i, v in enumerate(xs):
        if i < 50 and i % 7 == 0:
            xs.append(v + 1)
        out.append((i, v))
    return len(out), out[-1]

def tup(t, start):
    s = 0
    for k, x in enumerate(t, start):
        s += k * x
    return s

def brk(xs):
    for i, v in enumerate(xs):
        if v > 900:
            return i
    return -1

xs = [(i * 37) % 11 for i in range(11)]
t = 0
for r in range(30000):
    a, b = score(xs)
    t += a + b
print(t)
print(grow(list(range(40))))
print(sum(tup(tuple(range(20)), s) for s in range(3000)))
print(sum(brk(list(range(0, 1000, 3))) for _ in range(300)))
e = enumerate([1, 2, 3])
for i, v in e:
    if i == 1:
        break
print(list(e))
big = enumerate(["a", "b", "c"] * 1000, 2**46)
n = 0
for i, v in big:
    n += i % 1000
print(n)
for i, (a, b) in enumerate(zip([1, 2, 3] * 2000, [4, 5, 6] * 2000)):
    n += i * a - b
print(n)
