# json: native fast paths against the Python ones (random documents, options, errors).
import json
import random

rng = random.Random(11)
WORDS = ["a", "b\\c", "quote\"d", "tab\tnl\n", "ünï", "€uro", "emoji 😀", "ctl\x01\x1f", "", "/slash"]


def make(depth):
    k = rng.randrange(10 if depth < 3 else 6)
    if k == 0:
        return None
    if k == 1:
        return rng.random() < 0.5
    if k == 2:
        return rng.randrange(-10**6, 10**6)
    if k == 3:
        return rng.choice([0.1, -2.5, 1e16, 1e-7, 3.0, 123456.789, -0.0, 2**60, -(2**70)])
    if k == 4:
        return rng.choice(WORDS)
    if k == 5:
        return rng.uniform(-1e9, 1e9)
    if k in (6, 7):
        return [make(depth + 1) for _ in range(rng.randrange(4))]
    if k == 8:
        return tuple(make(depth + 1) for _ in range(rng.randrange(3)))
    return {rng.choice(WORDS) + str(rng.randrange(5)): make(depth + 1) for _ in range(rng.randrange(4))}


total = 0
for case in range(300):
    doc = make(0)
    opts = rng.choice([{}, {"indent": 2}, {"sort_keys": True}, {"indent": "\t", "sort_keys": True},
                       {"separators": (",", ":")}, {"ensure_ascii": False}, {"indent": 0},
                       {"indent": 3, "separators": (", ", " : ")}])
    text = json.dumps(doc, **opts)
    back = json.loads(text)
    total += len(text)
    if case % 30 == 0:
        print(case, text[:150])
        print(repr(back)[:150])
print("total", total)

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"abc', '[1] x', '', 'nul', '{1: 2}', '"\\x"',
            '"\\ud83d\\ude00 ok"', '[-]', '01', '1.', '1e', '-0', '1E+2', '"a\tb"', '  [1 ,2 ]  ', '{"a":1,"a":2}',
            'NaN', '[Infinity, -Infinity]', '123456789012345678901234567890', '"\\u00e9\\n"', '{"":[]}', '[[[]]]']:
    try:
        print(repr(bad), "->", repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "error:", e)

for obj in [float("nan"), {1: "int key", 2.5: "f", None: 0, True: 1}, {"b": 1, "a": [1, {"d": 2, "c": 3}]},
            [1, (2, 3)], "x" * 3, {"set": 1}]:
    print(json.dumps(obj), json.dumps(obj, sort_keys=isinstance(obj, dict) and all(isinstance(k, str) for k in obj)))
for obj, kw in [({1, 2}, {}), (float("inf"), {"allow_nan": False}), ({(1, 2): 3}, {}), ({(1, 2): 3}, {"skipkeys": True}),
                ({1: 1, "a": 2}, {"sort_keys": True})]:
    try:
        print(json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({"x": {1, 2}}, default=sorted), json.dumps(2**64), json.dumps([True, False, None]))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
deep = [[[[[[[[[[[["deep"]]]]]]]]]]]]
print(json.loads(json.dumps(deep * 3)) == deep * 3)
nested = "[" * 300 + "]" * 300
print(len(json.dumps(json.loads(nested))))
