class A:
    pass
class B(A):
    pass
Number = int | float
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance("a", int | None), isinstance(None, int | None))
print(isinstance(2.5, Number), isinstance(True, Number), isinstance(B(), A | int), issubclass(B, int | A), issubclass(bool, str | float))
print(int | str, int | None, None | int, A | int, int | str | float, int | int, (int | str) | (str | bytes))
print(type(int | str).__name__, (int | str).__args__ if hasattr(int | str, "__args__") else "noargs")
def check(v, t=int | float | None):
    return isinstance(v, t)
print([check(x) for x in (1, 2.0, None, "s", [])])
try:
    print(3 | "a")
except TypeError as e:
    print("TypeError", e)
try:
    print(int | 3)
except TypeError as e:
    print("TypeError", e)
