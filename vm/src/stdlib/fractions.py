"""Rational numbers: `Fraction`, exact arithmetic on int numerators and denominators,
normalized by their gcd with the sign on the numerator; mixed with floats it gives
floats, as in CPython."""

import math

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _parse(s):
    text = s.strip().replace("_", "")
    if not text:
        raise ValueError("Invalid literal for Fraction: %r" % s)
    sign = 1
    if text[0] in "+-":
        if text[0] == "-":
            sign = -1
        text = text[1:]
    if "/" in text:
        num, _, den = text.partition("/")
        if not (num.isdigit() and den.strip().isdigit()):
            raise ValueError("Invalid literal for Fraction: %r" % s)
        return sign * int(num), int(den)
    mantissa, exp = text, 0
    for e in "eE":
        if e in text:
            mantissa, _, ex = text.partition(e)
            try:
                exp = int(ex)
            except ValueError:
                raise ValueError("Invalid literal for Fraction: %r" % s) from None
            break
    whole, _, frac = mantissa.partition(".")
    if not (whole + frac).isdigit():
        raise ValueError("Invalid literal for Fraction: %r" % s)
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a, b = Fraction(numerator), Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = int(numerator) // g
        self._denominator = int(denominator) // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def _exact(cls, n, d):
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operands(self, other):
        """(n1, d1, n2, d2) for a rational other, the float pair for a float, or None."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        return None

    def _arith(self, other, op, reflected):
        pair = self._operands(other)
        if pair is not None:
            a, b = (self._numerator, self._denominator), pair
            if reflected:
                a, b = b, a
            return op(a[0], a[1], b[0], b[1])
        if isinstance(other, float):
            x, y = float(self), other
            if reflected:
                x, y = y, x
            return _FLOAT_OPS[op](x, y)
        return NotImplemented

    def __add__(self, other):
        return self._arith(other, _add, False)

    def __radd__(self, other):
        return self._arith(other, _add, True)

    def __sub__(self, other):
        return self._arith(other, _sub, False)

    def __rsub__(self, other):
        return self._arith(other, _sub, True)

    def __mul__(self, other):
        return self._arith(other, _mul, False)

    def __rmul__(self, other):
        return self._arith(other, _mul, True)

    def __truediv__(self, other):
        return self._arith(other, _div, False)

    def __rtruediv__(self, other):
        return self._arith(other, _div, True)

    def __floordiv__(self, other):
        return self._arith(other, _floordiv, False)

    def __rfloordiv__(self, other):
        return self._arith(other, _floordiv, True)

    def __mod__(self, other):
        return self._arith(other, _mod, False)

    def __rmod__(self, other):
        return self._arith(other, _mod, True)

    def __divmod__(self, other):
        return self._arith(other, _divmod, False)

    def __rdivmod__(self, other):
        return self._arith(other, _divmod, True)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            n, d = self._numerator, self._denominator
            if power >= 0:
                return Fraction._exact(n ** power, d ** power)
            if n == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (d ** -power))
            if n > 0:
                return Fraction._exact(d ** -power, n ** -power)
            return Fraction._exact((-d) ** -power, (-n) ** -power)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction._exact(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._exact(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._exact(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, other):
        pair = self._operands(other)
        if pair is not None:
            return self._numerator == pair[0] and self._denominator == pair[1]
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return False
            return self == Fraction.from_float(other)
        return NotImplemented

    def _compare(self, other, op):
        pair = self._operands(other)
        if pair is not None:
            return op(self._numerator * pair[1], pair[0] * self._denominator)
        if isinstance(other, float):
            if other != other:
                return False
            if other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return op(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


def _add(na, da, nb, db):
    return Fraction(na * db + nb * da, da * db)


def _sub(na, da, nb, db):
    return Fraction(na * db - nb * da, da * db)


def _mul(na, da, nb, db):
    return Fraction(na * nb, da * db)


def _div(na, da, nb, db):
    if nb == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % (na * db))
    return Fraction(na * db, da * nb)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _mod(na, da, nb, db):
    return Fraction((na * db) % (nb * da), da * db)


def _divmod(na, da, nb, db):
    q, r = divmod(na * db, da * nb)
    return q, Fraction(r, da * db)


_FLOAT_OPS = {
    _add: lambda x, y: x + y,
    _sub: lambda x, y: x - y,
    _mul: lambda x, y: x * y,
    _div: lambda x, y: x / y,
    _floordiv: lambda x, y: x // y,
    _mod: lambda x, y: x % y,
    _divmod: lambda x, y: divmod(x, y),
}
