it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e))
print(next(it, "fallback"))
def manual_zip(a, b):
    ia, ib = iter(a), iter(b)
    out = []
    while True:
        try:
            out.append((next(ia), next(ib)))
        except StopIteration:
            return out
print(manual_zip("abc", [1, 2]))
class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
print(list(Limited()), [x * 2 for x in Limited()])
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
