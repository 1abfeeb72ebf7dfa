# locals() / vars() in functions (free variables too), generators, class bodies and at module level
def greet(name, age):
    city = "Paris"
    return "{name} ({age}) lives in {city}".format(**locals())
print(greet("Ann", 30))
def outer():
    x = 1
    y = [2]
    def inner(z):
        w = z + x
        return sorted(locals().items())
    return inner(5), sorted(locals())
print(outer())
def late():
    a = 1
    snapshot = locals()
    b = 2
    return sorted(snapshot), sorted(locals())
print(late())
def with_args(*args, key=None, **kw):
    return locals()
print(with_args(1, 2, key="k", extra=3))
class K:
    p = 1
    q = sorted(locals())
print(K.q)
top = 5
print("top" in locals(), locals() is not None, vars()["top"])
def gen():
    n = 0
    yield sorted(locals())
    n += 1
    yield locals()["n"]
print(list(gen()))
def deleted():
    v = 1
    del v
    return locals()
print(deleted())
