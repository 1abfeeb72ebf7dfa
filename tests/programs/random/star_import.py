# from random import *, and the module's functions as first-class values.
from random import *

seed(10)
print(random(), randint(1, 10), choice("abc"), randrange(5), uniform(0, 1))
xs = list(range(8))
shuffle(xs)
print(xs, sample(xs, 3), choices(xs, k=2), round(gauss(0, 1), 12))
print(type(Random(1)).__name__, getrandbits(16))
f = randint
print([f(0, 9) for _ in range(10)])
ops = [random, lambda: randrange(100), lambda: choice([True, False])]
print([op() for op in ops])
