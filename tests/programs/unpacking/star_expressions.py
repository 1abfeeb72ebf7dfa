a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b} == {1, 2, 3, 4})
print([*"abc", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1, "z": 0})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{"w": 5}))
first, *_, last = range(10)
print(first, last)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
print(*[1, 2], *"xy")
matrix = [[1, 2], [3, 4], [5, 6]]
cols = [*zip(*matrix)]
print(cols)
merged = [*sorted({3, 1}), *sorted(frozenset([2]))]
print(merged)
