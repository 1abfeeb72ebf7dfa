# Permutations: enumerate all permutations of N items three ways and check
# that they agree -- Heap's algorithm (in-place swaps), the lexicographic
# next-permutation step, and a recursive generator that builds tuples.  It
# counts fixed points and derangements and folds each sequence of
# permutations into an order-sensitive checksum.
# REPEAT scales the work linearly.
# Usage: permutations.py [REPEAT] [N]   (defaults: REPEAT=18, N=8)
# bench-args: 18
# bench-half: 9
# bench-check: 1 5
import sys


def heap_permutations(items, visit):
    a = list(items)
    n = len(a)
    c = [0] * n
    visit(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            visit(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


def recursive_permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for k in range(len(items)):
        rest = items[:k] + items[k + 1:]
        for tail in recursive_permutations(rest):
            yield (items[k],) + tail


class Stats:
    def __init__(self):
        self.count = 0
        self.fixed = 0
        self.derangements = 0
        self.checksum = 0

    def visit(self, perm):
        fixed = 0
        h = 0
        for i, v in enumerate(perm):
            if i == v:
                fixed += 1
            h = h * 7 + v
        self.count += 1
        self.fixed += fixed
        if fixed == 0:
            self.derangements += 1
        self.checksum = (self.checksum * 31 + h) % 1000000007


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    items = list(range(n))
    heap_seen = set()
    for _ in range(repeat):
        heap = Stats()
        heap_permutations(items, heap.visit)

        lex = Stats()
        a = items[:]
        lex.visit(a)
        while next_permutation(a):
            lex.visit(a)

        rec = Stats()
        for p in recursive_permutations(items):
            rec.visit(p)

        sample = []
        heap_permutations(items[:4], lambda p: sample.append(tuple(p)))
        heap_seen.update(sample)
    same = lex.checksum == rec.checksum and heap.count == lex.count == rec.count
    print(f"n = {n}, repeat = {repeat}")
    print(f"permutations: {heap.count}, fixed points: {heap.fixed}, derangements: {heap.derangements}")
    print(f"lexicographic and recursive orders agree: {same}")
    print(f"heap checksum: {heap.checksum}")
    print(f"lexicographic checksum: {lex.checksum}")
    print(f"distinct 4-permutations from Heap's algorithm: {len(heap_seen)}, first {sorted(heap_seen)[0]}")


main()
