# locals(), vars() and dir() read the calling frame: a call to them is never compiled
# (an inlined callee has no frame, and a compiled loop keeps its locals in registers).
def f(a):
    b = a * 2
    return locals()
for i in range(100):
    r = f(i)
    if i % 33 == 0 or i == 99: print(i, r if len(r) < 5 else sorted(r)[:6])
def g(n):
    x = 0
    s = 0
    for i in range(n):
        x = x + i
        s += locals()['x'] + len(vars()) + len(dir())
    return s
print(g(3000))
def h(a, **kw):
    c = a + 1
    return sorted(locals(**kw) if False else locals())
print([h(i) for i in range(300)][-1])
