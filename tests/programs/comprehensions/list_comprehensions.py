print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x if x % 2 else -x for x in range(6)])
words = ["Apple", "banana", "Cherry", "date"]
print([w.lower() for w in words if w[0].isupper()])
print([len(w) for w in words], sum([len(w) for w in words]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
x = "outer"
print([x for x in "ab"], x)
print([(i, c) for i, c in enumerate("xyz")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])
