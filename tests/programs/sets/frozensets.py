f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f)
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), type(f | g).__name__, type({1} | f).__name__)
print(f == frozenset({1, 2, 3}), f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])))
groups = {frozenset({1, 2}): "a", frozenset({3}): "b"}
print(groups[frozenset([2, 1])])
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
sets_of_sets = {frozenset([1]), frozenset([1]), frozenset([1, 2])}
print(len(sets_of_sets))
print(frozenset(), frozenset([5]))
print(sorted(frozenset(range(5)) - {0, 4}))
