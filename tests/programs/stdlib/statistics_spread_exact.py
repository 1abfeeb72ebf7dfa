# statistics: mean and the spreads on ints, floats, huge and tiny values, infinities and NaN, with and without a given centre.
import statistics as st, random
rng = random.Random(5)
sets = [
    [1, 2, 3, 4, 5], [1.5, 2.25, 3.125], [10**20, 1, 3.5], [0.1] * 7 + [0.2] * 3,
    [rng.uniform(-1e6, 1e6) for _ in range(300)], [rng.gauss(0, 1e-8) for _ in range(50)],
    [rng.randrange(-10**12, 10**12) for _ in range(40)], [1e308, -1e308, 5.0, 1e-300],
    [True, 2, 3.5], [2, 4, 4, 4, 5, 5, 7, 9], [1.0, float("inf")], [3, float("nan"), 1],
]
for data in sets:
    out = []
    for fn in (st.mean, st.pvariance, st.variance, st.stdev, st.pstdev):
        try:
            out.append(repr(fn(data)))
        except Exception as e:
            out.append(type(e).__name__)
    print(" ".join(out))
    print(repr(st.variance(data, st.mean(data))) if len(data) > 1 and all(x == x for x in data) else "-", repr(st.pvariance(data, 1.5)))
