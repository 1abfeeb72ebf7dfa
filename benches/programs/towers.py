# Towers of Hanoi: move a stack of DISCS discs from the first peg to the last
# with the classic recursive algorithm.  Pegs are Python lists of disc sizes;
# every move pops from one list and appends to another and is checked for
# legality (never a larger disc on a smaller one).  The puzzle is solved
# REPEAT times, alternating the source and target pegs, and a checksum over
# the sequence of moves is printed.  REPEAT scales the work linearly.
# Usage: towers.py [REPEAT] [DISCS]   (defaults: REPEAT=130, DISCS=16)
# bench-args: 130
# bench-half: 65
# bench-check: 2 6
import sys


class Towers:
    def __init__(self, discs):
        self.pegs = [list(range(discs, 0, -1)), [], []]
        self.moves = 0
        self.checksum = 0
        self.illegal = 0

    def move_disc(self, src, dst):
        disc = self.pegs[src].pop()
        target = self.pegs[dst]
        if target and target[-1] < disc:
            self.illegal += 1
        target.append(disc)
        self.moves += 1
        self.checksum = (self.checksum * 3 + disc * (src + 1) + dst) % 1000003

    def solve(self, n, src, dst, spare):
        if n == 0:
            return
        self.solve(n - 1, src, spare, dst)
        self.move_disc(src, dst)
        self.solve(n - 1, spare, dst, src)


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 130
    discs = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    towers = Towers(discs)
    src = 0
    for r in range(repeat):
        dst = (src + 1 + r % 2) % 3
        spare = 3 - src - dst
        towers.solve(discs, src, dst, spare)
        if len(towers.pegs[dst]) != discs:
            print(f"round {r}: tower incomplete")
        src = dst
    sizes = [len(peg) for peg in towers.pegs]
    print(f"discs: {discs}, solved {repeat} times")
    print(f"moves: {towers.moves} (expected {repeat * (2 ** discs - 1)})")
    print(f"illegal moves: {towers.illegal}")
    print(f"final pegs: {sizes}, top of full peg: {towers.pegs[src][-1]}")
    print(f"checksum: {towers.checksum}")


main()
