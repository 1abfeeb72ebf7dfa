# zip() over lists and tuples steps inline in compiled loops (zip_item, zip_step; the
# tuple is never built when it is unpacked): an iterator longer than the other loses
# the item zip took from it, lists grow while zipped, pairs that are kept are built,
# and zip(strict=True) raises.
def dot(xs, ys):
    s = 0
    for x, y in zip(xs, ys):
        s += x * y
    return s

def tri(a, b, c):
    n = 0
    for x, y, z in zip(a, b, c):
        if x < y < z:
            n += 1
        elif z < y:
            n -= 1
    return n

def uneven(a, b):
    it = iter(a)
    out = 0
    for x, y in zip(it, b):
        out += x - y
    return out, next(it, None)

def grow(a, b):
    k = 0
    for x, y in zip(a, b):
        if len(a) < 200:
            a.append(x + y)
        k += 1
    return k

xs = [i % 17 for i in range(100)]
ys = tuple(i % 13 for i in range(100))
t = 0
for r in range(3000):
    t += dot(xs, ys)
print(t)
print(sum(tri(xs, ys, xs[::-1]) for _ in range(1000)))
print(uneven(list(range(30)), list(range(20))))
print(grow(list(range(10)), list(range(300))))
pairs = []
for r in range(100):
    for p in zip("abc", [1, 2, 3]):
        pairs.append(p)
print(pairs[-2:], len(pairs))
try:
    for r in range(100):
        for x, y in zip([1, 2, 3], [4, 5], strict=(r == 90)):
            pass
except ValueError as e:
    print("ValueError", e)


def pairwise_sums(items):
    # One iterator zipped with itself pairs consecutive items (the grouper idiom).
    it = iter(items)
    t = 0
    for a, b in zip(it, it):
        t = t * 3 + a - b
    return t


def triples(items):
    it = iter(tuple(items))
    return [a + b * c for a, b, c in zip(it, it, it)]


print(sum(pairwise_sums(list(range(r, r + 200))) % 1000 for r in range(60)))
print(sum(len(triples(range(r, r + 90))) for r in range(60)), triples(range(9)))
