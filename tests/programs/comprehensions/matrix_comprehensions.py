def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in transpose(b)] for row in a]

def show(m):
    print("\n".join(" ".join(f"{v:4}" for v in row) for row in m))

a = [[1, 2], [3, 4], [5, 6]]
show(transpose(a))
show(matmul(a, transpose(a)))
show(identity(3))
spiral = [[0] * 4 for _ in range(4)]
r = c = 0
dr, dc = 0, 1
for k in range(1, 17):
    spiral[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 4 and 0 <= nc < 4) or spiral[nr][nc]:
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show(spiral)
print([sum(row) for row in spiral], [sum(col) for col in zip(*spiral)])
print(sum(spiral[i][i] for i in range(4)), sum(spiral[i][3 - i] for i in range(4)))
