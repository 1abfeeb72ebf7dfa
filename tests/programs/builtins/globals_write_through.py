# globals() is the module namespace: assignment and deletion through it rebind and
# unbind globals, also inside a hot loop and from a function.
G = 1
globals()["G"] = 2
print(G)
globals()["Q"] = 5
print(Q)
g = globals()
g["fn_made"] = lambda x: x * 3
print(fn_made(4), type(g).__name__, isinstance(g, dict), "G" in g, g["G"])
del globals()["Q"]
try:
    print(Q)
except NameError as e:
    print("NameError:", e)
try:
    del globals()["nope"]
except KeyError as e:
    print("KeyError:", e)
for i in range(3):
    globals()[f"var{i}"] = i * i
print(var0, var1, var2)
def f():
    globals()["from_f"] = "set in f"
f()
print(from_f, sorted(k for k in globals() if k.startswith("var")))
total = 0
for i in range(3000):
    total += G
    if i == 1500:
        globals()["G"] = 10
print(total)
