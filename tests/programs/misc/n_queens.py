def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0, set(), set(), set())
    return solutions

for n in range(1, 7):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
