# sample with both of CPython's algorithms (pool for small populations, set of picked
# indices for large ones, chosen by the same size rule), with counts; choices with and
# without weights and cumulative weights.
import random

random.seed(2718)
for n, k in [(0, 0), (5, 0), (5, 5), (10, 3), (21, 6), (22, 6), (30, 6), (100, 5), (100, 6),
             (100, 40), (1000, 10), (85, 20), (86, 20), (1000, 300), (10**12, 5)]:
    print(n, k, random.sample(range(n), k))
print(random.sample("abcdefgh", 3))
print(random.sample(("x", "y", "z"), 2))
print(random.sample(list(range(50)), 50) == list(range(50)))
print(sorted(random.sample(range(30), 30)) == list(range(30)))
print(random.sample(["red", "blue"], 5, counts=[3, 4]))
print(random.sample(range(3), k=4, counts=[1, 2, 3]))
print(random.sample(population=[1, 2, 3], k=2))

random.seed(161803)
print(random.choices("abc"))
print(random.choices("abcdef", k=10))
print(random.choices(range(10), k=5))
print(random.choices(["w", "x", "y"], [10, 1, 1], k=10))
print(random.choices(["w", "x", "y"], [0.5, 0.25, 0.25], k=10))
print(random.choices(["w", "x", "y"], weights=[0, 0, 1], k=4))
print(random.choices(["w", "x", "y"], cum_weights=[1, 2, 10], k=10))
print(random.choices(["w", "x", "y"], cum_weights=(0.1, 0.2, 0.3), k=6))
print(random.choices([1, 2], k=0), random.choices([1, 2], k=-3))
print(random.choices([5], k=3))

# Relative frequencies follow the weights.
random.seed(1)
picks = random.choices("ab", [9, 1], k=5000)
print(picks.count("a"), picks.count("b"))
