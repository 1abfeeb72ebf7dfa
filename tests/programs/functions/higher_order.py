def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
sq = lambda x: x * x
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(sq, inc, dbl)(3), compose()(7))

def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))

def my_map(f, xs):
    return [f(x) for x in xs]

def my_filter(p, xs):
    return [x for x in xs if p(x)]

def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

nums = list(range(1, 11))
print(my_map(sq, nums))
print(my_filter(lambda n: n % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1), my_reduce(max, [3, 9, 2], 0))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (0, "z")], key=lambda p: p[1]))
print(list(map(str.upper, ["a", "b"])), list(map(len, ["xx", "y", ""])))
funcs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in funcs])
