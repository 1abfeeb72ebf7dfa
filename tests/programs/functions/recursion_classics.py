def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([factorial(i) for i in range(10)], factorial(30))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(permutations([1, 2, 3]))
print(len(permutations(list("abcd"))))
print(power_set([1, 2, 3]))
print(ackermann(2, 3), ackermann(1, 5))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
