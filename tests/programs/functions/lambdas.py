square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bat", "avocado"])))
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(100) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(100) for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a, **k: (a, k))(1, 2, z=3))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
print(square.__name__, type(square).__name__)
