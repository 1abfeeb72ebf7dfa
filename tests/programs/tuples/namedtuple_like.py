class Point(tuple):
    pass

def make_point(x, y):
    return (x, y)

def add(p, q):
    return (p[0] + q[0], p[1] + q[1])

def scale(p, k):
    return tuple(v * k for v in p)

a = make_point(1, 2)
b = make_point(-3, 5)
print(add(a, b), scale(a, 3), scale(b, 0.5))
path = [a, b, add(a, b), scale(b, -1)]
total = (0, 0)
for p in path:
    total = add(total, p)
    print(p, "->", total)
print(len(path), path.count(a), path.index(b))
rgb = {"red": (255, 0, 0), "teal": (0, 128, 128), "grey": (128, 128, 128)}
for name, (r, g, b) in rgb.items():
    print(f"{name:>5} #{r:02x}{g:02x}{b:02x} brightness={(r + g + b) / 3:.1f}")
swap = lambda t: t[::-1]
print(swap((1, 2, 3)), swap(("only",)))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
