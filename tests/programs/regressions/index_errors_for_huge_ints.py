# Indexing a list, tuple or str with an int too big for an index raises CPython's own
# IndexError message; ints that fit but are out of range keep the usual one.
cases = [
    ("list", lambda k: [1, 2][k]),
    ("tuple", lambda k: (1, 2)[k]),
    ("str", lambda k: "ab"[k]),
]
for name, get in cases:
    for k in (2**70, -(2**70), 2**62, 5, -3):
        try:
            get(k)
        except IndexError as e:
            print(name, k > 0, e)
items = [1, 2]
for k in (2**70, 7):
    try:
        items[k] = 1
    except IndexError as e:
        print("set", e)
    try:
        del items[k]
    except IndexError as e:
        print("del", e)
total = 0
for i in range(3000):
    try:
        total += [i, i + 1][i % 3]
    except IndexError as e:
        total -= len(str(e))
print(total)
