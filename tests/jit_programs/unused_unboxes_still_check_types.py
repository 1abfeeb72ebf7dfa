# Operations specialized to ints or floats whose unboxed results end up unused (folded
# away, or statements evaluated for effect) must still check their operand types: a
# value that changes type later gives CPython's result or raises CPython's TypeError.


def folded(v):
    x = 3
    b = None
    for i in range(300):
        b = (x - x, x * 0, x == x, x < x, x ^ x if isinstance(x, int) else 0)
        x = v
    return b


print(folded(3), folded(1.5), folded(float("nan")), folded(True))


def statement(v):
    x = 1
    for i in range(300):
        x + 1
        -x
        x < 5
        x = v
    return "no error"


for v in (2, 2.5, "s", None, [1]):
    try:
        print(statement(v))
    except TypeError as e:
        print("TypeError:", e)


def mixed(vals):
    out = []
    for v in vals:
        try:
            y = v * 0 + 1
        except TypeError as e:
            y = str(e)
        out.append(y)
    return out


print(mixed([1] * 300 + [2.5, "ab", (1,)])[-4:])
