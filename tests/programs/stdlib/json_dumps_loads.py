import json
data = {"name": "Ann", "age": 31, "scores": [9.5, 8, 7.25], "active": True, "spouse": None, "tags": ("a", "b"), "nested": {"k": [1, {"x": []}], "e": {}}, "uni": "café ☃ 😀", 3: "int key", 2.5: "f", False: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2, {"a": "q\"uote\\ \n\t\x01"}], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00"}'
v = json.loads(s); print(v, type(v["a"][2]).__name__)
print(json.loads("  [1, 2]  "), json.loads('"x"'), json.loads("12"), json.loads("-0.5"), json.loads('{}'))
for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '', 'nul', '[1] x', '{a: 1}', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps({1, 2}, default=sorted))
print(json.loads(json.dumps(data)) == json.loads(json.dumps(data)))
print(json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 1e5, 1E-2]'))
try:
    json.loads('{"a": 1}\n{"b": 2}')
except ValueError as e:
    print(type(e).__name__, e)
import sys
json.dump({"z": [1, 2]}, sys.stdout, indent=1); print()

for bad in ['[1,]', '[1,,2]', '{"a":1,,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
