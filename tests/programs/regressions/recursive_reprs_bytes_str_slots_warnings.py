# Recursive reprs of SimpleNamespace, OrderedDict and deque; str() of bytes with an encoding;
# hashlib's string= and None; multi-line exception messages in traceback's lists;
# warnings filters match messages as regexes; a __slots__ subclass of a class with a
# __dict__ keeps one.
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

import sys
import hashlib
import traceback
import warnings
from collections import OrderedDict, deque
from types import SimpleNamespace

s = SimpleNamespace(a=1)
s.me = s
print(s)
d = OrderedDict(a=1)
d["me"] = d
print(d)
q = deque([1])
q.append(q)
print(q)
print(str(b"x", encoding="utf-8"), str(b"\xff", "utf-8", errors="replace"), str(b"ok", errors="strict"))
print(hashlib.sha256(string=b"x").hexdigest()[:16])
try:
    hashlib.sha1(None)
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("line1\nline2")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-1], end="")
warnings.filterwarnings("ignore", message="sk.p")
warnings.warn("skip me")
warnings.warn("show me")


class M:
    pass


class U(M):
    __slots__ = ("b",)


u = U()
u.x = 1
u.b = 2
print(u.x, u.b, hasattr(u, "__dict__"))
