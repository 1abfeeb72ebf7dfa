# fractions.Fraction arithmetic, parsing, rounding, hashing and comparison with ints and
# floats; io.StringIO writing, reading, seeking and iteration.
from fractions import Fraction as F
import math
a, b = F(1, 3), F("2/7")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 * a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(1, 2), F(4) ** F(1, 2))
print(F(3, -6), F(0), F(5), F(10, 4), F(1.5), F("3.25"), F("-1e-3"), F(" 7/21 "), F(F(1, 2), F(1, 3)))
print(float(a), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(-5, 2)))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, sorted([F(3, 4), F(1, 2), 0.6, 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1, 2): "half"}[0.5])
print(F(3.141592653589793).limit_denominator(1000), F(1, 7).limit_denominator(5), F(10, 3).numerator, F(10, 3).denominator)
print(sum([F(1, n) for n in range(1, 11)]), f"{float(F(1, 3)):.4f}", str(F(6, 3)), bool(F(0)), abs(F(-3, 4)), -F(3, 4))
print(F(1, 3).as_integer_ratio(), F.from_float(0.1), max(F(1, 3), F(1, 4)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import io
buf = io.StringIO()
print("hello", 42, file=buf)
buf.write("second line\n")
print(repr(buf.getvalue()), buf.tell())
r = io.StringIO("one\ntwo\nthree")
print(r.readline(), r.read(3), r.readlines())
r.seek(0)
print([line.strip() for line in r])
with io.StringIO() as s:
    s.write("abc")
    s.seek(1)
    s.write("Z")
    print(s.getvalue())
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(io.StringIO(), io.TextIOBase), issubclass(io.UnsupportedOperation, OSError))
s2 = io.StringIO("x")
s2.seek(0, 2)
s2.write("yz")
print(s2.getvalue(), s2.truncate(1), s2.getvalue(), s2.read())
half = F(1, 2)
total = F(0)
for i in range(300):
    total += half / (i + 1)
print(total.denominator % 1000, float(total))
