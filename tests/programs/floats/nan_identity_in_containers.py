x = float('nan')
print(x in [x], [x].count(x), [x] == [x], (x,) == (x,), x == x, x != x, {x: 1}[x], [1, x].index(x))
l = [x, 1.0]; l.remove(x); print(l)
print(x in {x}, x in (1, x))
