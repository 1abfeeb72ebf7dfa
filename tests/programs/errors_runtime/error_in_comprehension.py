rows = [["1", "2"], ["3", "x"], ["5", "6"]]
print([int(c) for c in rows[0]])
matrix = [[int(c) for c in row] for row in rows]
print(matrix)
