students = [
    ("Zed", 88, 3),
    ("Amy", 95, 2),
    ("Bob", 88, 1),
    ("Cat", 72, 3),
    ("Dee", 95, 1),
]
print(sorted(students))
print(sorted(students, key=lambda s: (-s[1], s[0])))
by_year = {}
for name, score, year in students:
    by_year.setdefault(year, []).append((score, name))
for year in sorted(by_year):
    print(year, sorted(by_year[year], reverse=True))
best = max(students, key=lambda s: s[1])
print("best", best)
names, scores, years = zip(*students)
print(names, scores, years)
print(sum(scores) / len(scores))
coords = [(0, 0), (3, 4), (-1, 2), (6, -8)]
dists = [((x * x + y * y) ** 0.5, (x, y)) for x, y in coords]
for d, p in sorted(dists):
    print(p, d)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi, minmax("hello"))
