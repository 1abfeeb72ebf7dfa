values = [1, 2.5, "s", [1], (1,), {"a": 1}, {1}, None, True, range(3), frozenset()]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(issubclass(bool, int), issubclass(float, int), issubclass(int, (float, object)))
print(type(None).__name__, type(type).__name__, type(int).__name__, type(len).__name__)
print(type([]) == list, type(()) == tuple, type("") == str)
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B), type(B()) == A, issubclass(B, object))
print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable(None))
print(type(print).__name__, type(abs).__name__)
