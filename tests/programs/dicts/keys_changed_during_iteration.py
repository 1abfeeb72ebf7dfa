def walk(d, hot):
    seen = []
    try:
        for k in d:
            seen.append(k)
            if k == hot:
                del d[0]
                d[99] = 99
    except RuntimeError as e:
        seen.append(str(e))
    return seen
for r in range(300):
    d = {i: i for i in range(6)}
    out = walk(d, 3 if r % 50 == 49 else -1)
    if r % 50 == 49 or r == 0:
        print(r, out, sorted(d))
d = {1: 1, 2: 2, 3: 3}
try:
    for k, v in d.items():
        print(k, v)
        if k == 2:
            del d[1]
            d[4] = 4
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
