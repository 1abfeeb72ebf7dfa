# itertools' combinatoric iterators (native): orders, edge sizes, errors, laziness.
import itertools as it
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:7])
print(list(it.permutations([])), list(it.permutations([1], 0)), list(it.permutations([1, 2], 3)), list(it.permutations("ab", 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 0)), list(it.combinations("ab", 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.product("ab", "xy")), list(it.product(range(2), repeat=3)), list(it.product()), list(it.product("ab", [])))
print(sum(1 for _ in it.permutations(range(8))), sum(1 for _ in it.combinations(range(20), 5)), len(list(it.product("abc", repeat=5))))
p = it.permutations([3, 1, 2])
print(next(p), next(p), list(p), list(p))
print(list(it.islice(it.permutations(range(100), 3), 4)))
for bad in [lambda: it.permutations("ab", -1), lambda: it.combinations("ab", -2), lambda: it.permutations("ab", "x"),
            lambda: it.product("a", repeat=-1), lambda: it.combinations("ab")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
words = ["stop", "pots", "tops", "opts", "spot"]
print(sorted({"".join(w) for w in it.permutations("stop")} & set(words)))
best = max(it.permutations([5, 1, 4, 2]), key=lambda t: t[0] * 1000 + t[1] * 100 - t[2] * 10 + t[3])
print(best, [c for c in it.combinations([1, 2, 3, 4, 5], 3) if sum(c) == 9])
