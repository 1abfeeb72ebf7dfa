class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor

triple = Multiplier(3)
print(triple(5), triple("ab"), list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(Multiplier), callable("str"))

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        deg = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = deg - i
            if c == 0:
                continue
            terms.append(f"{c}x^{p}" if p > 1 else f"{c}x" if p == 1 else str(c))
        return " + ".join(terms)

p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2], key=Polynomial(1, 0, 0)))

class Validator:
    def __init__(self, *rules):
        self.rules = rules
    def __call__(self, value):
        return [name for name, rule in self.rules if not rule(value)]

check = Validator(("positive", lambda v: v > 0), ("even", lambda v: v % 2 == 0), ("small", lambda v: v < 100))
for v in [4, -3, 101, 250]:
    print(v, check(v))
