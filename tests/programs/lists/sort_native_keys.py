# sorted/sort of ints, floats, strs, mixed numbers and tuples: stability, reverse, signed zeros, NaN.
import random
rng = random.Random(4)
for trial in range(30):
    n = rng.randrange(0, 60)
    kind = trial % 5
    if kind == 0:
        xs = [rng.randrange(-5, 5) for _ in range(n)]
    elif kind == 1:
        xs = [rng.choice([0.5, -0.0, 0.0, 1e300, -2.5, float("inf"), 3.0]) for _ in range(n)]
    elif kind == 2:
        xs = ["".join(rng.choice("aBé😀z") for _ in range(rng.randrange(3))) for _ in range(n)]
    elif kind == 3:
        xs = [rng.randrange(10) + (0.5 if rng.random() < 0.3 else 0) for _ in range(n)]
    else:
        xs = [(rng.randrange(3), rng.choice("xy")) for _ in range(n)]
    pairs = list(enumerate(xs))
    a = sorted(pairs, key=lambda p: p[1])
    b = sorted(pairs, key=lambda p: p[1], reverse=True)
    c = sorted(xs)
    d = sorted(xs, reverse=True)
    print(trial, [i for i, _ in a], [i for i, _ in b], c == sorted(xs, key=lambda v: v), [repr(v) for v in d][:6])
print(sorted([0.0, -0.0, 0.0, -0.0]), sorted([-0.0, 0.0], reverse=True), sorted([float("nan"), 1.0, 0.5]))
