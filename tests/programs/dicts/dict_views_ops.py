a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print("x" in a.keys(), 2 in a.values(), ("x", 1) in a.items())
print(len(a.values()), sum(a.values()), max(a.items()))
merged = {**a, **b}
print(merged)
merged2 = dict(a)
merged2.update(b)
print(merged == merged2)
print({**{"k": 1}, "k": 2})
copy = {k: v for k, v in a.items() if v % 2}
print(copy)
counts = dict.fromkeys("hello", 0)
for ch in "hello":
    counts[ch] += 1
print(counts)
it = iter(a.items())
print(next(it), next(it))
