# Calls inlined into a compiled loop push no frames: near the recursion limit the loop
# runs in the interpreter, whose calls raise RecursionError where CPython does.
def c2(x): return x + 1
def c1(x): return c2(x) + 1
def leaf():
    t = 0
    for i in range(100):
        if i > 0:
            t += c1(i)
    return t
def down(n):
    return leaf() if n == 0 else down(n - 1)
leaf()
res = []
for d in range(985, 1000):
    try:
        res.append(down(d))
    except RecursionError:
        res.append('RE')
print(res)
