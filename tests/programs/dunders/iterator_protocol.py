class CountUp:
    def __init__(self, start, stop):
        self.current = start
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.stop:
            raise StopIteration
        value = self.current
        self.current += 1
        return value

print(list(CountUp(3, 7)))
c = CountUp(0, 3)
print(next(c), next(c), next(c), next(c, "exhausted"))
print(list(c))

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

f = Fib(100)
print(list(f), sum(f), max(f), 55 in f, 56 in f)
print(list(zip(Fib(10), CountUp(100, 200))))
print(sorted(Fib(30), reverse=True), dict(enumerate(Fib(5))))
it = iter([10, 20, 30])
print(next(it), list(it))
