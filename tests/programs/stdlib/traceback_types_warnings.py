import sys


class _HidePath:
    # Prints this file's path as FILE, so that the output does not depend on where the
    # corpus lives.
    def __init__(self, real):
        self.real = real

    def write(self, s):
        return self.real.write(s.replace(__file__, "FILE"))

    def flush(self):
        pass


sys.stdout = _HidePath(sys.stdout)
sys.stderr = sys.stdout

import traceback, types, warnings, sys
import sys
def f(x):
    return 1 / x
def g():
    f(0)
try:
    g()
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s)
    traceback.print_exc(file=sys.stdout)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    print(len(traceback.format_exception(type(e), e, e.__traceback__)))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp))
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn("careful")
for i in range(3):
    old()
warnings.warn("top level", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", UserWarning)
print(len(w), str(w[0].message), w[1].category.__name__)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
print(traceback.format_exc())
