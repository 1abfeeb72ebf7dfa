# Methods of built-in types that take no arguments reject them; str methods name
# themselves in arity errors; dict.fromkeys is a classmethod (a dict argument is the
# iterable, a subclass gets an instance of itself built through __setitem__).
calls = [
    lambda: (1).bit_length(1),
    lambda: "abc".upper(1),
    lambda: "a".isdigit(2),
    lambda: [].copy(1),
    lambda: [3].reverse(x=1),
    lambda: {}.keys(1),
    lambda: {}.popitem(1),
    lambda: {1, 2}.pop(0),
    lambda: frozenset().copy(1),
    lambda: (1.5).is_integer(1),
    lambda: "a".strip(1),
    lambda: "a".lstrip(1),
    lambda: "a".split(",", 1, 2),
    lambda: "a".rsplit(",", 1, 2),
    lambda: "ab".splitlines(1, 2),
    lambda: "x".ljust(),
    lambda: dict.fromkeys(),
    lambda: {}.fromkeys(1, 2, 3),
]
for f in calls:
    try:
        print("OK", f())
    except TypeError as e:
        print("TypeError:", e)


class S(str):
    pass


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])


try:
    S("a").upper(1)
except TypeError as e:
    print("TypeError:", e)
print(S("ab").upper(), "a b".split(maxsplit=1), "a\nb".splitlines(keepends=True))
print(dict.fromkeys({1: 2}), {}.fromkeys({3: 4}, 0), dict.fromkeys("ab", 0))
print(D.fromkeys("xy", 1), type(D.fromkeys("x")).__name__, D().fromkeys("z", 2))
