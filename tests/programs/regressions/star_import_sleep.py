# `from math import *` / `from time import *`, time.sleep, %a, str.isprintable
from math import *
from time import *


def area(r):
    return pi * r**2


print(floor(2.5), gcd(4, 6), sqrt(2), isqrt(17), area(2))
t = perf_counter()
sleep(0.001)
print(perf_counter() > t)
try:
    sleep(-1)
except ValueError as e:
    print(e)
print("%a|%5a|" % ("é", "x"), "x\ty".isprintable(), "abc é".isprintable(), "".isprintable())
