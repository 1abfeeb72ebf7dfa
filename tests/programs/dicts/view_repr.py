# repr of dict views (keys/values/items), ranges and slices
d = {"a": 1, "b": [2]}
print(d.keys(), d.values(), d.items(), len(d.keys()), "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items())
k = d.keys()
d["c"] = 3
print(k, list(reversed(d.keys())), sorted(d.items(), reverse=True)[0])
print(range(5), range(0, 10, 2), repr(range(3, 1, -1)), slice(1, 2), slice(None))
e = {}
print(e.keys(), e.values(), e.items(), {1: {}}, [{}, set(), frozenset({3})])
