# sum() keeps its running total rooted while a generator (Python code, GC safepoints)
# produces the next item; under KILN_GC_STRESS the fresh big-int total used to be freed.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


print(sum(take(300, fib())))
print(sum(x for x in [2**70, 2**71, 3]))
print(sum((2**65 for _ in range(10)), 2**80))
print(sum((x * 0.5 for x in range(10)), 0.25))


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        [[i] for i in range(20)]
        return self.v % 2 == 0


def rows():
    for i in range(8):
        yield [i, str(i) * 3, 2 ** (70 + i)]


print(list(filter(lambda r: B(r[0]), rows())))
