board = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2],
    [6, 7, 2, 1, 9, 5, 3, 4, 8],
    [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3],
    [4, 2, 6, 8, 5, 3, 7, 9, 1],
    [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4],
    [2, 8, 7, 4, 1, 9, 6, 3, 5],
    [3, 4, 5, 2, 8, 6, 1, 7, 9],
]

def groups(b):
    for r in range(9):
        yield f"row {r}", b[r]
    for c in range(9):
        yield f"col {c}", [b[r][c] for r in range(9)]
    for br in range(3):
        for bc in range(3):
            yield f"box {br},{bc}", [b[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]

def problems(b):
    return [name for name, g in groups(b) if sorted(g) != list(range(1, 10))]

print("valid:", problems(board) == [])
board[4][4], board[4][5] = board[4][5], board[4][4]
print(problems(board))
board[4][4], board[4][5] = board[4][5], board[4][4]
board[0][0] = 9
print(problems(board))
