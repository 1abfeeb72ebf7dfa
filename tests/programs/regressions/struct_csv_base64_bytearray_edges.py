import struct, csv, io, base64
from collections.abc import Iterable, Sequence, MutableSequence, Hashable, Sized
b = bytearray(2)
try:
    struct.pack_into("<i", b, 0, 1)
except struct.error as e:
    print("error:", e)
print(isinstance(bytearray(), Iterable), isinstance(bytearray(), Sequence), isinstance(bytearray(), MutableSequence), isinstance(bytearray(), Hashable), isinstance(bytearray(), Sized))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow([True, 1, "a"])
w = csv.writer(out, doublequote=False, escapechar="\\", lineterminator="\n")
w.writerow(['a"b', "c"])
print(repr(out.getvalue()))
try:
    base64.b64encode("str")
except TypeError as e:
    print("TE", e)
print(base64.b64decode("YWJjZA===="), repr(bytearray(b"'")), repr(bytearray(b"a'b")))
