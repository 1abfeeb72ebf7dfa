print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset([1])))
print({frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({4, 5, 6}), frozenset({7})})
print(hash(frozenset({frozenset({1}), frozenset({2, 3})})), hash(frozenset({1.5, -1, 2**70})))
