def sparse(values):
    return {i: v for i, v in enumerate(values) if v != 0}

def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[i] for i, v in a.items() if i in b)

def add(a, b):
    out = dict(a)
    for i, v in b.items():
        out[i] = out.get(i, 0) + v
        if out[i] == 0:
            del out[i]
    return out

u = sparse([0, 3, 0, 0, 5, 0, 1])
v = sparse([2, 0, 0, 4, -5, 0, 7])
print(u, v)
print("dot", dot(u, v))
print("sum", add(u, v))
print("norm2", dot(u, u), dot(v, v))
w = add(u, {4: -5, 1: -3, 6: -1})
print("zero?", w, len(w) == 0)
dense = [u.get(i, 0) for i in range(8)]
print(dense)
