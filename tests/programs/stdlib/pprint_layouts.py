import pprint
from dataclasses import dataclass, field
data = {"name": "Widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20, "d": 5}, "history": [(i, i * i, str(i) * 3) for i in range(8)], "z": None, "alpha": 3.14159}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint({"b": 1, "a": 2})
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)))
pprint.pprint(("x" * 30, "y" * 30, "z" * 30))
pprint.pprint("lorem ipsum dolor sit amet " * 6)
pprint.pprint(["lorem ipsum dolor sit amet " * 4, 1])
s = pprint.pformat({"k": [1, 2, {"n": [3] * 30}]})
print(s)
@dataclass
class P:
    name: str
    items: list = field(default_factory=list)
    score: float = 0.0
pprint.pprint(P("x", list(range(30)), 1.5))
pprint.pprint([P("a"), P("b" * 60)])
pprint.pp({"b": 1, "a": [1] * 40})
print(pprint.saferepr({"b": 1, "a": 2}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split(", <Recursion")[0])
pprint.pprint([[1, 2, 3]] * 10, width=30)
pprint.pprint({(1, 2): "tuple key", "s": "str key"}, width=20)
from collections import OrderedDict, defaultdict, Counter
pprint.pprint(Counter("hello world"))
pprint.pprint(defaultdict(list, {"a": [1]}))
