# Binary trees: allocate many complete binary trees and walk them.  For every
# depth from MIN_DEPTH to MAX_DEPTH a batch of trees is built -- more trees
# for shallow depths, so each depth allocates about the same number of nodes
# -- and each tree is checked by counting its nodes.  Even-numbered batches
# use nested tuples, odd ones use small Node objects with a recursive check
# method; a long-lived tree survives all the rounds.  ROUNDS repeats the whole
# sweep and scales the work linearly.
# Usage: binary_trees.py [ROUNDS] [MAX_DEPTH]   (defaults: ROUNDS=4, MAX_DEPTH=14)
# bench-args: 4
# bench-half: 2
# bench-check: 1 6
import sys

MIN_DEPTH = 4


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_node_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node_tree(depth), make_node_tree(depth))


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def check_tuple_tree(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check_tuple_tree(left) + check_tuple_tree(right)


def sweep(max_depth, round_no):
    results = []
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        if (depth // 2 + round_no) % 2 == 0:
            for _ in range(iterations):
                total += check_tuple_tree(make_tuple_tree(depth))
            kind = "tuples"
        else:
            for _ in range(iterations):
                total += make_node_tree(depth).check()
            kind = "nodes"
        results.append((depth, iterations, kind, total))
    return results


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    max_depth = int(sys.argv[2]) if len(sys.argv) > 2 else 14
    max_depth = max(MIN_DEPTH + 2, max_depth)
    long_lived = make_node_tree(max_depth)
    checksum = 0
    last = []
    for r in range(rounds):
        last = sweep(max_depth, r)
        for depth, iterations, kind, total in last:
            checksum = (checksum * 17 + total + depth) % 1000000007
    for depth, iterations, kind, total in last:
        print(f"{iterations:6d} trees of depth {depth:2d} ({kind}): check {total}")
    print(f"long-lived tree of depth {max_depth}: check {long_lived.check()}")
    print(f"rounds: {rounds}, checksum: {checksum}")


main()
