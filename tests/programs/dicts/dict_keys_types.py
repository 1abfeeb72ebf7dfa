d = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(d)
print(d[1], d[1.0], d[True], len(d))
d2 = {0: "zero"}
d2[False] = "false"
d2[0.0] = "float zero"
print(d2)
fz = frozenset([1, 2])
d3 = {fz: "frozen"}
print(d3[frozenset([2, 1])])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d3[{}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
big = {2 ** 100: "huge", -1: "neg"}
print(big[2 ** 100], big[-1])
print({k: type(k).__name__ for k in [1, "a", 2.5, (1,)]})
