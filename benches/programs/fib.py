# Recursive Fibonacci: the textbook doubly recursive fib(n), computed REPEAT
# times for a small range of n, plus a memoized and an iterative version used
# to cross-check the results.  Stresses plain Python function calls, integer
# comparison and addition.
# Usage: fib.py [REPEAT] [N]   (defaults: REPEAT=130, N=25)
# bench-args: 130
# bench-half: 65
# bench-check: 1 12
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo):
    if n in memo:
        return memo[n]
    value = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    memo[n] = value
    return value


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 130
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    checksum = 0
    results = {}
    for r in range(repeat):
        for n in range(top - 2, top + 1):
            value = fib(n)
            results[n] = value
            checksum = (checksum * 7 + value + r) % 1000000007
    memo = {0: 0, 1: 1}
    for n, value in sorted(results.items()):
        if value != fib_memo(n, memo) or value != fib_iter(n):
            print(f"mismatch at fib({n})")
    print(f"repeat: {repeat}")
    print(", ".join(f"fib({n}) = {v}" for n, v in sorted(results.items())))
    print(f"fib(90) = {fib_memo(90, memo)}")
    print(f"checksum: {checksum}")


main()
