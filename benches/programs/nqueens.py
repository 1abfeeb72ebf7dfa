# N-queens: count every way to place N non-attacking queens on an N x N board.
# Two solvers are used and must agree: a recursive backtracking search that
# tracks occupied columns and diagonals in lists of booleans, and a generator
# that yields each solution as a tuple of column positions (checked against
# sets of used diagonals).  Solutions are folded into a checksum and the
# lexicographically first one is drawn.  REPEAT scales the work linearly.
# Usage: nqueens.py [REPEAT] [N]   (defaults: REPEAT=160, N=9)
# bench-args: 160
# bench-half: 80
# bench-check: 1 5
import sys


def count_solutions(n):
    cols = [False] * n
    diag1 = [False] * (2 * n - 1)
    diag2 = [False] * (2 * n - 1)

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = True
                total += place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n - 1] = False
        return total

    return place(0)


def solutions(n, queens=(), used_sum=frozenset(), used_diff=frozenset()):
    row = len(queens)
    if row == n:
        yield queens
        return
    for c in range(n):
        if c in queens or row + c in used_sum or row - c in used_diff:
            continue
        yield from solutions(n, queens + (c,), used_sum | {row + c}, used_diff | {row - c})


def draw(board):
    n = len(board)
    return ["".join("Q" if board[r] == c else "." for c in range(n)) for r in range(n)]


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 160
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    checksum = 0
    first = None
    counted = 0
    for r in range(repeat):
        counted = count_solutions(n)
        found = 0
        for sol in solutions(n):
            if first is None or sol < first:
                first = sol
            found += 1
            h = 0
            for c in sol:
                h = h * n + c
            checksum = (checksum + h * (r + 1)) % 1000000007
        if found != counted:
            print(f"round {r}: solvers disagree ({found} vs {counted})")
    print(f"{n}-queens solutions: {counted} (solved {repeat} times)")
    print(f"first solution: {list(first)}")
    for line in draw(first):
        print(line)
    print(f"checksum: {checksum}")


main()
