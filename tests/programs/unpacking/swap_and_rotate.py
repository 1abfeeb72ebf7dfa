a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [5, 1, 4, 2, 3]
for i in range(len(xs)):
    for j in range(len(xs) - 1 - i):
        if xs[j] > xs[j + 1]:
            xs[j], xs[j + 1] = xs[j + 1], xs[j]
print(xs)
def gcd_steps(a, b):
    steps = []
    while b:
        a, b = b, a % b
        steps.append((a, b))
    return steps
print(gcd_steps(252, 105))
fib = [0, 1]
x, y = fib
for _ in range(10):
    x, y = y, x + y
    fib.append(y)
print(fib)
grid = [[1, 2], [3, 4]]
grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
print(grid)
def rev_in_place(lst):
    i, j = 0, len(lst) - 1
    while i < j:
        lst[i], lst[j] = lst[j], lst[i]
        i, j = i + 1, j - 1
    return lst
print(rev_in_place(list("abcdefg")))
