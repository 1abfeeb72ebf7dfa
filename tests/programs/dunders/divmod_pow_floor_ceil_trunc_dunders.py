import math
class V:
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
v = V()
for f in [lambda: divmod(v, 2), lambda: divmod(2, v), lambda: pow(v, 2), lambda: pow(v, 2, 5), lambda: math.floor(v), lambda: math.ceil(v), lambda: math.trunc(v), lambda: round(v), lambda: round(v, 2), lambda: abs(v), lambda: divmod(7, 2), lambda: divmod(-7.5, 2), lambda: math.floor(2.5), lambda: pow(3, 4, 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(math.floor(F(2.7)), divmod(F(7.0), 2))
class W:
    pass
try:
    math.floor(W())
except TypeError as e:
    print(e)
