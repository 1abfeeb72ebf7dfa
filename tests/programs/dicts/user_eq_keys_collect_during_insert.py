# Keys whose __eq__ runs Python code (a comprehension, a method call) compared while a
# dict or set is in the middle of an insertion: a collection due then must wait.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        [0 for _ in range(2)]
        return self.v == o.v
d = {K(1): 0}
d[K(1)] = 5
s = {K(2)}
s.add(K(2))
s.discard(K(2))
print(len(d), d[K(1)], len(s), {K(1): 1, K(1): 2}[K(1)], len({K(3), K(3)}))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def key(self): return (self.x, self.y)
    def __eq__(self, o): return self.key() == o.key()
    def __hash__(self): return hash((self.x, self.y))
counts = {}
for i in range(3000):
    p = Point(i % 10, i % 7)
    counts[p] = counts.get(p, 0) + 1
print(len(counts), sum(counts.values()))
