# Every kind of pattern: literals, singletons, captures, wildcards, sequences with *rest,
# mappings with **rest, class patterns (positional through __match_args__, keyword,
# built-in types matching themselves), | and as, guards, and errors raised at run time.
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

Pair = namedtuple("Pair", "a b")

class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size):
        self.kind = kind
        self.size = size

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return f"small {v}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long from {first}, {len(rest)} more"
        case (a, b, *mid, z):
            return f"seq {a} {b} {mid} {z}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} {extra}"
        case {"id": id_}:
            return f"id {id_}"
        case {}:
            return "some dict"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {v.name}"
        case Pair(a, b):
            return f"pair {a}/{b}"
        case Shape("circle", r):
            return f"circle r={r}"
        case Shape(kind=k):
            return f"shape {k}"
        case _:
            return "other"

tests = [None, True, False, 0, 2, -5, 7, 3.5, "", "hi", [], [1], (1, 2), [1, 2, 3, 4, 5, 6],
         (1, 2, 3), [1, 2, 3, 4], {"type": "user", "name": "ann", "age": 3}, {"id": 9, "x": 1},
         {"a": 1}, {}, Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Color.RED, Color.GREEN,
         Pair(1, 2), Shape("circle", 2), Shape("square", 3), object, range(3), "abc".encode(),
         {1, 2}, 1.0, 2.0]
for t in tests:
    print(describe(t))

def cmd(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"

for l in ["go north", "go up", "take a b", "take", "quit", "exit", "dance now", ""]:
    print(cmd(l))

total = 0
for i in range(3000):
    match i % 4, i % 3:
        case (0, 0):
            total += 5
        case (0, _) | (_, 0):
            total += 1
        case (a, b):
            total += a * b
print(total)

class Sub(int):
    pass
match Sub(5):
    case Sub(v):
        print("sub self", v, type(v).__name__)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": z}]}:
        print("deep", z)
x = "outer"
match 42:
    case 1:
        x = "one"
print(x)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case x.upper():
            pass
except TypeError as e:
    print("TypeError:", e)
def f(p):
    match p:
        case {"a": 1, "b": b} | {"c": b}:
            return b
print(f({"a": 1, "b": 2}), f({"c": 3}), f({"a": 2, "b": 2}))
while True:
    match 5:
        case 5:
            break
print("after break")
for i in range(3):
    match i:
        case 1:
            continue
    print("loop", i)
