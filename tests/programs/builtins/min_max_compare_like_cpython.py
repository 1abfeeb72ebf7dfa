class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"V({self.v})"
print(max([V(1), V(3), V(2)]), min([V(1), V(3), V(2)]))
print(max(V(5), V(4), key=lambda v: v), max([1.5, 2, 0.5]), min([3, 1.5, 2]), max("abc"), min([[1, 2], [1]]))
for args in [(1, "a"), ([1, "a"],), (["a", 1],)]:
    for f in (max, min):
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, e)
