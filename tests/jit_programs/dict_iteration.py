# Iterating dicts in compiled loops: keys, values and items step inline (dict_next,
# dict_key, dict_value; an items pair that is unpacked is never built), deleted entries
# are skipped, a size change raises, values changed during the loop are seen, pairs that
# are kept are built, and loops nest.
def tally(d):
    s = 0
    n = 0
    for k, v in d.items():
        if v % 3 == 0:
            s += v
        else:
            n += len(k)
    return s, n

def keys(d):
    t = 0
    for k in d:
        t += d[k]
    return t

def vals(d):
    m = 0
    for v in d.values():
        if v > m:
            m = v
    return m

d = {"k%d" % i: i * 7 % 101 for i in range(60)}
a = 0
for r in range(4000):
    s, n = tally(d)
    a += s + n + keys(d) + vals(d)
print(a)
# deletions leave holes the iteration skips
for i in range(0, 60, 4):
    del d["k%d" % i]
for r in range(2000):
    s, n = tally(d)
    a += s + n + keys(d) + vals(d)
print(a)
# changing size during iteration raises
e = dict(d)
try:
    for r in range(300):
        for k, v in e.items():
            if r == 250 and v == 49:
                e["new"] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
# value changes during iteration are seen
f = {i: i for i in range(50)}
tot = 0
for r in range(500):
    for k, v in f.items():
        if k + 1 in f:
            f[k + 1] = f[k + 1] + 1
        tot += v
print(tot % 1000003)
# pairs kept
pairs = []
for r in range(200):
    for it in {1: "a", 2: "b"}.items():
        pairs.append(it)
print(pairs[-3:], len(pairs))
# nested dicts
g = {i: {j: i * j for j in range(5)} for i in range(10)}
z = 0
for r in range(500):
    for k, inner in g.items():
        for j, x in inner.items():
            z += x - j
print(z)
