from math import sqrt, pi, floor
from math import factorial as fact
import math as m

print(sqrt(81), pi, floor(-0.5), fact(6))
print(m.sqrt(2) == sqrt(2), m.pi == pi)

def hypot(a, b):
    return sqrt(a * a + b * b)

triangles = [(3, 4), (5, 12), (1, 1), (8, 15)]
for a, b in triangles:
    h = hypot(a, b)
    print(a, b, h, h.is_integer())
def circle_area(r):
    return pi * r * r
print([round(circle_area(r), 4) for r in range(4)])
import sys
print(type(sys.argv).__name__, len(sys.argv))
