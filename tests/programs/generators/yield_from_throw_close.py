# throw() and close() reach the generator a yield from delegates to
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
print("closed")
def inner2():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
def outer2():
    r = yield from inner2()
    yield r
g = outer2()
next(g)
print(g.throw(ValueError("x")))
def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner handles", e)
        return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"
g = outer()
print(next(g), g.send("s"))
print(g.throw(KeyError("k")))
def deep():
    yield from outer()
g = deep()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", e)
print(list(g))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"
def wrapper():
    yield from stubborn()
w = wrapper()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError", e)
def ranged():
    yield from range(3)
r = ranged()
next(r)
try:
    r.throw(IndexError("i"))
except IndexError as e:
    print("range delegate", e)
