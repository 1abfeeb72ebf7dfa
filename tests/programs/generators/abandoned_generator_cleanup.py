# Generators abandoned by break/return in a for loop over a call, or left in a global at exit, run their finally/with cleanup like CPython
def read_items(n):
    print("open")
    try:
        for i in range(n):
            yield i
    finally:
        print("close")
for x in read_items(10):
    if x == 2:
        break
print("after break")
def first_big(limit):
    for x in read_items(10):
        if x > limit:
            return x
print("returned", first_big(3))
class Res:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def managed():
    with Res():
        yield 1
        yield 2
for v in managed():
    print("got", v)
    break
print("done")
g = read_items(3)
for x in g:
    break
print("kept open; next:", next(g))
for x in read_items(2):
    pass
print("exhausted")
def outer():
    for y in read_items(5):
        for z in read_items(5):
            if z == 1:
                break
        if y == 1:
            return "outer done"
print(outer())
g2 = read_items(4)
for x in iter(g2):
    break
print("iter() keeps it:", next(g2))
def nested_gen():
    try:
        yield from read_items(3)
    finally:
        print("nested finally")
for x in nested_gen():
    break
print("end")
