squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
words = ["apple", "bob", "cat", "anna", "civic", "dog"]
print({w: w == w[::-1] for w in words})
lengths = {len(w) for w in words}
print(sorted(lengths))
by_first = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_first)
print({k: v for k, v in squares.items() if v % 2 == 0})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print(sorted({x % 5 for x in range(100) if x % 3 == 0}))
grid = {(r, c): "#" if (r + c) % 3 == 0 else "." for r in range(3) for c in range(4)}
for r in range(3):
    print("".join(grid[r, c] for c in range(4)))
