"""Statistics of numeric data (Kiln's statistics). Sums and squared deviations are exact
(ints and floats as integer ratios), so results are rounded once, as CPython's are."""

import math as _math
from collections import Counter as _Counter

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median", "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    return _math.gcd(a, b)


def _ratio(x):
    if isinstance(x, bool):
        return int(x), 1, int
    if isinstance(x, int):
        return x, 1, int
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            return None, None, float
        n, d = x.as_integer_ratio()
        return n, d, float
    if hasattr(x, "numerator") and hasattr(x, "denominator") and not isinstance(x, float):
        # A Fraction (or another Rational): exact, and the result is one too.
        return x.numerator, x.denominator, type(x)
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _partials(data, squares):
    """Exact sums of the data's numerators grouped by denominator (floats have few
    distinct ones: powers of two), and of the squared numerators when `squares`; also
    the result type, the count and the sum of non-finite floats, if any."""
    sums = {}
    sq = {}
    T = int
    count = 0
    special = None
    for x in data:
        count += 1
        t = type(x)
        if t is float:
            T = float
            if x - x != 0.0:
                special = x if special is None else special + x
                continue
            n, d = x.as_integer_ratio()
        elif t is int:
            n, d = x, 1
        else:
            n, d, t = _ratio(x)
            if t is float:
                T = float
            elif t is not int and T is int:
                T = t
            if n is None:
                special = x if special is None else special + x
                continue
        sums[d] = sums.get(d, 0) + n
        if squares:
            sq[d] = sq.get(d, 0) + n * n
    return T, sums, sq, count, special


def _combine(partials, squared):
    """The exact sum of n / d (or n / d**2 when `squared`) over the partials."""
    num, den = 0, 1
    for d, n in partials.items():
        if squared:
            d = d * d
        num = num * d + n * den
        den = den * d
        g = _gcd(num, den)
        if g > 1:
            num //= g
            den //= g
    return num, den


def _sum(data):
    """The exact sum of data as (numerator, denominator), its type and count; a float
    sum that is not finite comes back as the float."""
    T, sums, _, count, special = _partials(data, False)
    num, den = _combine(sums, False)
    return T, num, den, count, special


def _convert(num, den, T):
    if T is int and num % den == 0:
        return num // den
    if T is not int and T is not float:
        return T(num, den)
    return num / den


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("mean requires at least one data point")
    T, num, den, n, special = _sum(data)
    if special is not None:
        return special / n
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return _math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = _math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return _math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers")
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if len(data) == 1 and weights is None and isinstance(data[0], (int, float)):
        # One unweighted value is returned as it is (an int stays an int).
        if data[0] < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        return data[0]
    if weights is None:
        weights = [1] * len(data)
    weights = list(weights)
    total_w = sum(weights)
    terms = []
    for x, w in zip(data, weights):
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        if x == 0:
            return 0
        terms.append(w / x if w else 0)
    # The float terms are summed exactly and the weights divided by the sum once.
    T, num, den, _, special = _sum(terms)
    if special is not None:
        return total_w / special
    if num == 0:
        raise StatisticsError("Weighted sum must be positive")
    wn, wd, _ = _ratio(total_w)
    return _convert(wn * den, wd * num, T)


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data, len(data)


def median(data):
    data, n = _sorted_nonempty(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data, n = _sorted_nonempty(data)
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data, n = _sorted_nonempty(data)
    return data[n // 2]


def mode(data):
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def _ss(data, c=None):
    """The sum of squared deviations from the mean, exact, as a ratio (sum(x*x) -
    sum(x)**2 / n); from a given c, the exact sum of the squares computed as floats. A
    sum that is not finite comes back as (T, the float, None, n)."""
    if c is not None:
        # As CPython: each (x - c) * (x - c) in the data's own arithmetic, summed exactly.
        squares = []
        for x in data:
            d = x - c
            squares.append(d * d)
        T, sn, sd, n, special = _sum(squares)
        if special is not None:
            return T, special, None, n
        return T, sn, sd, n
    T, sums, sq, n, special = _partials(data, True)
    if special is not None:
        return T, special, None, n
    a, b = _combine(sums, False)
    p, q = _combine(sq, True)
    sn = p * b * b * n - a * a * q
    sd = q * b * b * n
    g = _gcd(sn, sd)
    if g > 1:
        sn //= g
        sd //= g
    return T, sn, sd, n


def _sqrt_frac(n, d):
    """The float nearest to sqrt(n / d), rounded once."""
    if n <= 0:
        return 0.0
    shift = max(0, 110 - (n.bit_length() - d.bit_length()))
    shift += shift % 2
    scaled, rem = divmod(n << shift, d)
    root = _math.isqrt(scaled)
    if rem or root * root != scaled:
        root |= 1
    return _math.ldexp(float(root), -(shift // 2))


def _spread(data, name, sample, center, root):
    """variance, pvariance, stdev and pstdev: the squared deviations over n - 1 (a
    sample) or n, exact, rounded once (after the square root for the deviations)."""
    data = list(data)
    need = 2 if sample else 1
    if len(data) < need:
        what = "two data points" if sample else "one data point"
        raise StatisticsError("%s requires at least %s" % (name, what))
    T, sn, sd, n = _ss(data, center)
    if sd is None:
        if root:
            # CPython 3.11 fails the same way on an infinite or NaN spread.
            raise AttributeError("'float' object has no attribute 'numerator'")
        return sn / (n - 1 if sample else n)
    sd *= n - 1 if sample else n
    return _sqrt_frac(sn, sd) if root else _convert(sn, sd, T)


def variance(data, xbar=None):
    return _spread(data, "variance", True, xbar, False)


def pvariance(data, mu=None):
    return _spread(data, "pvariance", False, mu, False)


def stdev(data, xbar=None):
    return _spread(data, "stdev", True, xbar, True)


def pstdev(data, mu=None):
    return _spread(data, "pstdev", False, mu, True)


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError("Unknown method: %r" % (method,))
