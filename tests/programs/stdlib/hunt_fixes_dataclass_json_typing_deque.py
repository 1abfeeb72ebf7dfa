# Fixes from a regression hunt: frozen dataclass setattr frames, slots with inheritance,
# json bytes input/decoder subclasses/raw_decode/BOM, Flag reprs, Union checks,
# get_origin/get_args, functional NamedTuple, deque details, statistics on Fractions.
import json
import statistics
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass
from enum import Flag, auto
from fractions import Fraction
from typing import NamedTuple, Optional, Union, get_args, get_origin


class _HidePath:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, "FILE"))

    def flush(self):
        self.stream.flush()


sys.stdout = _HidePath(sys.stdout)


@dataclass(frozen=True)
class Frozen:
    a: int

    def __post_init__(self):
        self.a = 5


try:
    Frozen(1)
except Exception:
    traceback.print_exc(file=sys.stdout)


@dataclass(slots=True)
class SB:
    a: int


@dataclass(slots=True)
class SC(SB):
    b: int = 0


print(SB.__slots__, SC.__slots__, SC(1, 2))

print(json.loads(b'[1, {"x": 2}]'), json.loads(bytearray(b'"\xc3\xa9"')), json.loads(b'\xef\xbb\xbf[3]'))
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: sorted(d.items()), **kw)


print(json.loads('{"b": 1, "a": 2}', cls=Decoder), json.JSONDecoder().raw_decode('[1, 2] tail'))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print(repr(Perm), type(Perm.R | Perm.W), Perm.R | Perm.X)

print(isinstance("s", Union[int, str]), isinstance(2.5, Optional[int]), issubclass(bool, Union[int, str]))
print((int | str) == Union[int, str], Union[str, int] == (int | str), (int | None) == Optional[int])
print(get_origin(Optional[int]) is Union, get_args(Union[int, str]), get_origin(list[int]), get_args(dict[str, int]),
      get_origin(int), get_args(int))
Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields, Point.__annotations__)

d = deque([1, 2, 3])
try:
    d.remove(7)
except ValueError as e:
    print("ValueError:", e)
it = iter(d)
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)


class Loud(deque):
    def append(self, x):
        print("append", x)
        super().append(x)


q = Loud([1, 2], 3)
q.append(3)
q.append(4)
print(q)

data = [Fraction(1, 2), Fraction(1, 3), Fraction(3, 4), Fraction(1, 8)]
print(statistics.mean(data), statistics.variance(data), statistics.pvariance(data), statistics.median(data))
print(round(statistics.stdev(data), 12), statistics.mean([Fraction(1, 2), 1]), statistics.mean([Fraction(1, 2), 0.25]))
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
