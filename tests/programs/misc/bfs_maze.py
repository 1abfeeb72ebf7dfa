MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...E#
##########"""

grid = [list(row) for row in MAZE.splitlines()]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
print("start", start, "end", end)

def bfs(start, end):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in came_from:
                came_from[(nr, nc)] = cur
                queue.append((nr, nc))
    if end not in came_from:
        return None, len(came_from)
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], len(came_from)

path, explored = bfs(start, end)
print("path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid[5][7] = "#"
grid[3][8] = "#"
print(bfs(start, end)[0])
