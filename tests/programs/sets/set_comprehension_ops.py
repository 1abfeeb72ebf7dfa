squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
mods = {n % 7 for n in range(100)}
print(sorted(mods))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(sorted(a & b), sorted((a | b) - (a & b))[:8])
print(min(a ^ b), max(a ^ b), sum(a & b))
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs))
print(len({frozenset(p) for p in pairs}))
print({1, 2, 3} == {3, 2, 1}, {1} != {1, 2})
s = {10, 20}
s2 = s.copy()
s2.add(30)
print(sorted(s), sorted(s2))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print(set([1, 2]).union([3], (4,), {5}) == {1, 2, 3, 4, 5})
