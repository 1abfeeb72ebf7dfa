import math
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(math.sqrt(F()), math.floor(F()), math.exp(F()), math.log(F()), math.pow(F(), 2), math.isclose(F(), 2.5), math.fsum([F(), 1]))
print(math.sqrt(I()), math.factorial(I()), math.gcd(I(), 6), math.hypot(F(), I()))
class Bad:
    def __float__(self): return "x"
try:
    math.sqrt(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(object())
except TypeError as e:
    print("TypeError", e)
