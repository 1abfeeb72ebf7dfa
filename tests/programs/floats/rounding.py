print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-2.5))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(2.9), math.trunc(-2.9), int(-2.9))
print(math.floor(5), math.ceil(5))
for v in [0.1, 0.45, 2.5, 7.123456, -3.75, 1e-7]:
    print(v, round(v, 1), round(v, 3), f"{v:.2f}", "%.1f" % v)
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f}")
