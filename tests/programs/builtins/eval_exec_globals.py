# eval/exec with globals and locals dicts: functions defined by the code see the dict's
# globals, __builtins__ dicts replace the builtins, class bodies receive exec's names.
g = {}; exec('a = 1\ndef f(n): return n + a\nprint(f(5))', g)
ns = {}; exec('import math\ndef r(): return math.pi\nprint(r())', ns)
print(eval('[i*n for i in range(3)]', {'n': 3}))
y = 5
try:
    exec('print(y)', {})
except NameError as e:
    print("NameError", e)
a = 'module'; g = {'a': 'custom'}; exec('def f(): return a', g); print(g['f']())
exec("print('v' in globals())", {'v': 1})
try:
    eval('len', {'__builtins__': {}})
except NameError as e:
    print("NameError", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
exec('print(__name__)', {})
g = {}
exec("x = 1", g); exec("def f(): return x", g); exec("x = 2", g)
print(g["f"](), sorted(k for k in g if not k.startswith("__")))
class K:
    exec('attr = 5')
print(K.attr)
loc = {}
exec("z = w * 2", {"w": 21}, loc)
print(loc)
def fn():
    q = 3
    return eval("q + 1"), eval("q * k", {"k": 2}, {"q": 10})
print(fn())
print(eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": 1}, {"x": 5}))
