# "takes N positional arguments but M (and K keyword-only arguments) were given"; split() separator type error
def f(a, b=1, *, c, d=0): pass
def g(a, *, k): pass
def h(a): pass
for call in [lambda: f(1, 2, 3, c=1), lambda: f(1, 2, 3, c=1, d=2), lambda: g(1, 2, k=3), lambda: g(1, 2), lambda: h(1, 2), lambda: h()]:
    try:
        call()
    except TypeError as e:
        print(e)
for s in ["a b", "a,b"]:
    try:
        print(s.split(1))
    except TypeError as e:
        print(e)
print("a b".split(None), "a,b".rsplit(","))
