# A zip loop whose items are overwritten before use still stops at its shortest input,
# and a math function rebound to another one is called as rebound in compiled code.
import math


def zipped(a, b):
    n = 0
    for x, y in zip(a, b):
        y = 0
        n += x
    return n


def zipped_first_unused(a, b):
    n = 0
    for x, y in zip(a, b):
        x = 0
        n += y
    return n


def enumerated(items, start):
    n = 0
    for i, v in enumerate(items, start):
        i = 0
        n += v
    return n


print(zipped(list(range(3000)), list(range(2000))), zipped_first_unused([1] * 1000, range(100000)))
print(enumerated(list(range(2500)), 2**62))


def roots(k):
    n = 0.0
    for i in range(k):
        n += math.sqrt(4.0)
        if i == 1500:
            math.sqrt = math.exp
    return n


print(roots(3000))
math.sqrt = abs
print(roots(2000))
