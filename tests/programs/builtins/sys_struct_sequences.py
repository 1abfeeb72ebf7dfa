# sys.version_info and sys.float_info are struct sequences: tuples with named, read-only
# fields and a repr that names them.
import sys
vi = sys.version_info
print(vi.major, vi.minor, vi.releaselevel, vi.serial, vi[:2], vi >= (3, 8), vi < (4,), len(vi), isinstance(vi, tuple), type(vi).__name__)
print(repr(vi)[:34], str(vi)[:34])
major, minor, *rest = vi
print(major, minor, rest[1:])
if sys.version_info >= (3, 10):
    print("new enough")
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi[0] == fi.max, type(fi).__name__)
print(repr(fi))
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError")
