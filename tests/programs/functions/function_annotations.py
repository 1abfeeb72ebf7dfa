from typing import List, Optional
def f(a: int, b: str = "x", *args: float, k: bool = True, **kw: dict) -> bool:
    pass
print(f.__annotations__, f.__kwdefaults__, f.__defaults__)
def g(x, y): pass
print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
def outer():
    T = list
    def inner(x: T) -> Optional[T]: return x
    return inner
print(outer().__annotations__)
class C:
    def m(self, x: "C") -> list: return [x]
print(C.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
import functools
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register
def _(x: str): return "str"
print(show(1), show("a"), show(1.5))
