print(True and False, True or False, not True, not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [1] and "x", 0 or None)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
calls.clear()
print(t(1) or t(2), calls)
calls.clear()
print(t(1) and t(2) and t(3), calls)
calls.clear()
print(t(0) or t("") or t("last"), calls)
print(bool(0.0), bool(""), bool(" "), bool(None), bool([0]), bool({}), bool(range(0)))
x = None
print(x is None, x is not None, x == None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(not (1 < 2 and 3 < 4), (not 1) < 2)
print(True + True, True * 3, False - 1, sum([True, True, False]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]))
