d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], "a" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.pop("zz", "default"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 9, "a": -1})
d.update(y=8)
d.update([("w", 7)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["new"] = True
print(len(d), len(e), "new" in d)
del e["x"]
print(e)
e.clear()
print(e, bool(e), bool(d))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", [1, 2])), dict({1: 2}, three=3))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {})
m = {"p": 1} | {"q": 2}
print(m)
m |= {"p": 5}
print(m)
k = d.keys()
d["late"] = 1
print(list(k)[-1], len(k))
