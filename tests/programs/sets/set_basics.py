s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(3)
s.remove(4)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.issubset(b), {3}.issubset(b), a.isdisjoint({9}))
c = set()
print(c, len(c), bool(c), set([1, 1, 2]) == {1, 2})
c.update([5, 6], (7,))
print(sorted(c))
c |= {8}
c &= {5, 6, 8, 9}
print(sorted(c))
c -= {5}
print(sorted(c))
x = c.pop()
print(x in (6, 8), len(c))
print(sorted(set("mississippi")), len(set(range(0, 100, 7))))
print({1, 2, 3}, set(), {0})
