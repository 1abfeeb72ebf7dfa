pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in records:
    print(f"{name} {age} {city}")
points = {"a": (0, 0), "b": (3, 4)}
for label, (x, y) in points.items():
    print(label, (x ** 2 + y ** 2) ** 0.5)
for i, (a, b) in enumerate(zip("xyz", range(3))):
    print(i, a, b)
table = [[1, 2, 3], [4, 5, 6]]
for first, *others in table:
    print(first, others)
triples = [(i, i * i, i ** 3) for i in range(4)]
print([c for _, _, c in triples])
print({k: v for k, *_, v in [(1, 0, 2), (3, 0, 0, 4)]})
