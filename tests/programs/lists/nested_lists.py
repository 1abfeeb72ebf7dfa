grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 4] * 3
bad[1][2] = 5
print(bad)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
tri = []
for i in range(6):
    row = [1] * (i + 1)
    for j in range(1, i):
        row[j] = tri[i - 1][j - 1] + tri[i - 1][j]
    tri.append(row)
for row in tri:
    print(row)
a = [1, [2, 3]]
b = a[:]
b[1].append(4)
b[0] = 100
print(a, b)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
print(sorted(nested))
print(max(nested), min(nested))
