# functools.lru_cache and cache: hits, misses, LRU eviction, keywords, typed, methods, cache_clear.
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
@functools.lru_cache(maxsize=3)
def sq(x, y=1):
    return x * x * y
for v in [1, 2, 3, 1, 4, 2, 1, (5), 2]:
    sq(v)
print(sq.cache_info(), sq(2, y=3), sq(2, y=3), sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(3))
@functools.cache
def f(a):
    return [a]
print(f(1) is f(1), f.cache_info())
class C:
    @functools.lru_cache()
    def m(self, k):
        return k * 2
c = C()
print(c.m(4), c.m(4), C.m.cache_info())
try:
    f([1])
except TypeError as e:
    print(e)
@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@functools.lru_cache(maxsize=128)
def g(i):
    return i * 2
s = 0
for i in range(3000):
    s += g(i % 100)
print(s)
