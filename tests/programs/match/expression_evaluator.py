# A small expression language evaluated by structural pattern matching over dataclass
# nodes, tuples and dicts, the way interpreters and config loaders use `match`.
from dataclasses import dataclass


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Var:
    name: str


@dataclass
class Let:
    name: str
    value: object
    body: object


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name!r}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise TypeError(f"bad node {node!r}")


def parse(tokens):
    """Prefix notation: ("+", 1, ("*", "x", 2)) and ("let", "x", 3, body)."""
    match tokens:
        case int() | float() as n:
            return Num(n)
        case str(name):
            return Var(name)
        case ("let", str(name), value, body):
            return Let(name, parse(value), parse(body))
        case (("+" | "-" | "*" | "/") as op, left, right):
            return BinOp(op, parse(left), parse(right))
        case [*items]:
            raise SyntaxError(f"cannot parse {len(items)} items: {items}")


programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", "x")),
    ("let", "x", 2, ("let", "y", ("+", "x", 1), ("/", "y", "x"))),
    ("/", 1, 0),
    ("+", "z", 1),
    ("?", 1, 2),
]
for p in programs:
    try:
        print(p, "=>", evaluate(parse(p), {}))
    except (NameError, ZeroDivisionError, SyntaxError, TypeError) as e:
        print(p, "!!", type(e).__name__, e)


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x >= 0 and y >= 0:
            return f"click at {x},{y}"
        case {"type": "click"}:
            return "click outside"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (-1, 4)},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll"},
    ["type", "click"],
]
for e in events:
    print(handle(e))

# A hot loop: a state machine over a token stream.
state, counts = "start", {"word": 0, "num": 0, "sep": 0}
stream = ["ab", 1, ",", "cd", 22, ";", 3.5, "ef"] * 400
for tok in stream:
    match state, tok:
        case _, int() | float():
            counts["num"] += 1
            state = "num"
        case ("num" | "word"), "," | ";":
            counts["sep"] += 1
            state = "sep"
        case _, str():
            counts["word"] += 1
            state = "word"
print(state, counts)
