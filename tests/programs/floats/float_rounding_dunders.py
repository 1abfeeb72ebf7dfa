# float's __round__, __floor__, __ceil__ and __trunc__ called directly; statistics'
# harmonic mean of one value keeps its type.
import math
import statistics

for x in (2.5, -2.5, 2.675, 7.9, -7.1, 1e20, 0.0):
    print(x.__round__(), x.__round__(1), x.__floor__(), x.__ceil__(), x.__trunc__(), math.floor(x))
print(hasattr(1.5, "__floor__"), hasattr(1.5, "__round__"))
for bad in (float("inf"), float("nan")):
    try:
        bad.__floor__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(statistics.harmonic_mean([1]), statistics.harmonic_mean([2.5]), statistics.harmonic_mean([2, 4]))
