class Ticker:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.calls > self.n:
            raise StopIteration
        return self.calls

t = Ticker(100)
for v in t:
    pass
print(t.calls)

g = iter(range(1000))
for a, b in zip(g, [0] * 100):
    pass
print(next(g))

class Countdown:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.calls += 1
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(200)
t = 0
for v in c:
    t += v
print(t, c.calls)

class Batches:
    """yields items; StopIteration at end of each batch, resumes after"""
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0
        self.in_batch = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.in_batch == self.size or self.pos >= len(self.data):
            self.in_batch = 0
            raise StopIteration
        self.in_batch += 1
        self.pos += 1
        return self.data[self.pos - 1]

b = Batches(list(range(1000)), 100)
sums = []
for _ in range(5):
    s = 0
    for x in b:
        s += x
    sums.append(s)
print(sums)
