# TypeErrors of starred call arguments and positional-only parameters passed by keyword.
def va(*a, **k):
    return a, k


class C:
    def m(self, *a):
        return a


def po(a, b, /, c):
    return a, b, c


for f in [
    lambda: va(*5),
    lambda: va(1, *5),
    lambda: [*5],
    lambda: print(*5),
    lambda: C().m(*None),
    lambda: va(**5),
    lambda: va(x=1, **5),
    lambda: {**5},
    lambda: C().m(**{"a": 1}, **{"a": 2}),
    lambda: po(1, b=2, c=3),
    lambda: po(a=1, b=2, c=3),
]:
    try:
        f()
    except TypeError as e:
        print(e)
print(va(*(1, 2)), va(*[3], *"ab"), va(*range(2), **{"k": 1}), C().m(*iter([7])))
