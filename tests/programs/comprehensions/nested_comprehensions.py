print([[c * n for c in "ab"] for n in range(1, 4)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print({x: {y: x * y for y in range(1, 3)} for x in range(1, 3)})
flat = [x for sub in [[1, [2]], [3]] for x in sub]
print(flat)
words = ["hello", "world", "kiln"]
print([ch for w in words for ch in w if ch in "aeiou"])
print(sorted({ch for w in words for ch in w}))
print([[y for y in range(x)] for x in range(4)])
print(sum(sum(row) for row in [[1, 2], [3, 4], [5]]))
combos = [a + b for a in "xy" for b in "12"]
print(combos)
print([i for i in range(30) if i % 2 if i % 3])
