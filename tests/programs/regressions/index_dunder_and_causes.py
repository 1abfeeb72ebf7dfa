# __index__ in subscripts, __int__ returning a non-int, and a bad exception cause.
class I:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class S:
    def __int__(self):
        return "x"


l = [10, 20, 30]
print(l[I(1)], (1, 2, 3)[I(-1)], "abc"[I(2)], range(10)[I(3)], l[I(0) : I(2)])
l[I(0)] = 5
del l[I(1)]
print(l)
for f in [lambda: int(S()), lambda: l[I(7)]]:
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(e)
