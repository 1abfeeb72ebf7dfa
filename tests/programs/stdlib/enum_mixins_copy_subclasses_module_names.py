from enum import Enum, IntEnum
import copy, json, statistics
from collections import namedtuple
class S(str, Enum):
    A = 'a'
class I(int, Enum):
    X = 1
print(S.A, f"{S.A}", str(S.A), I.X, f"{I.X}", repr(S.A), S('a'), S.A == 'a', I.X + 1)
class P(IntEnum):
    LOW = 1
try:
    P(2)
except ValueError as e:
    print("ValueError", e)
try:
    S('zz')
except ValueError as e:
    print("ValueError", e)
Pt = namedtuple('Pt', 'x y')
p = Pt(1, [2])
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p)[1] is p[1])
class Str(str): pass
class Int(int): pass
class Tup(tuple): pass
print(repr(copy.copy(Str('ab'))), copy.deepcopy(Int(5)), copy.copy(Tup((1, 2))), type(copy.copy(Str('x'))).__name__)
class Color(Enum):
    R = 1
print(Color.__module__, S.__module__, Pt.__module__)
class A: pass
print(A.__module__, '__module__' in A.__dict__)
try:
    json.loads("{")
except ValueError as e:
    print(type(e).__module__)
statistics.mean([])
