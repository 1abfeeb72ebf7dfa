from collections import OrderedDict, defaultdict
from dataclasses import dataclass
print(OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), defaultdict(list, a=[1]) | {"b": [2]})
d = OrderedDict(a=1); d |= {"c": 3}; print(d)
print("{0[1]}".format([1, 2]), "{0[a]}".format({"a": 5}))
try:
    print("{0[-1]}".format([1, 2]))
except TypeError as e:
    print("TE", e)
@dataclass
class N:
    v: int
    nxt: "N" = None
n = N(1); n.nxt = n
print(n)
@dataclass(frozen=True)
class F:
    x: int
try:
    @dataclass
    class G(F):
        y: int = 0
except TypeError as e:
    print("TE", e)
print(F.__dataclass_params__.frozen)
