x = 10
print(eval("x * 2 + 1"), eval("  [i * i for i in range(4)]"), eval("len('abc')"))
print(eval("a + b", {"a": 1, "b": 2}), eval("a * x", {"x": 3}, {"a": 5}))
def f(y):
    z = 7
    return eval("y + z + x")
print(f(1))
exec("w = x + 5\ndef g(n):\n    return n * 2\nprint('in exec', w)")
print(w, g(21))
ns = {}
exec("import math\nr = math.sqrt(16)\nitems = [k for k in range(3)]", ns)
print(ns["r"], ns["items"], sorted(k for k in ns if not k.startswith("__")))
ops = {"+": "a + b", "-": "a - b", "*": "a * b"}
for op, e in ops.items():
    print(op, eval(e, {"a": 6, "b": 3}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
class Calc:
    def run(self, expr):
        return eval(expr, {"__builtins__": {}}, {"self": self, "v": 4})
print(Calc().run("v ** 2"))
code = "total = 0\nfor i in range(100):\n    total += i\n"
loc = {}
exec(code, {}, loc)
print(loc["total"])
print(eval("(lambda q: q + 1)(41)"))
exec("del x")
try:
    print(x)
except NameError as e:
    print("deleted", e)
