grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (2, 2) in grid, (3, 3) in grid)
neighbors = lambda r, c: [(r + dr, c + dc) for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)) if (r + dr, c + dc) in grid]
print(neighbors(0, 0), neighbors(1, 1))
visited = {(0, 0)}
frontier = [(0, 0)]
order = []
while frontier:
    cell = frontier.pop(0)
    order.append(cell)
    for n in neighbors(*cell):
        if n not in visited:
            visited.add(n)
            frontier.append(n)
print(order)
pairs = {}
for a in range(4):
    for b in range(a, 4):
        pairs[a, b] = a * b
print(pairs)
print(sorted(pairs, key=lambda k: pairs[k])[-3:])
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(10, 10), len(memo))
