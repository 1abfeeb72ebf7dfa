class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= len(self.data):
            self.pos = 0
            raise StopIteration
        v = self.data[self.pos]
        self.pos += 1
        return v

r = Reader(list(range(1000)))
passes = []
for _ in range(3):
    n = 0
    for x in r:
        n += 1
        if n > 5000:
            break
    passes.append(n)
print(passes)
class Countdown:
    def __init__(self, n):
        self.n = n
        self.stops = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            self.stops += 1
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(5000)
total = 0
for x in c:
    total += x
print(total, c.stops)
data = iter(range(10000))
header = list(range(3000))
pairs = 0
for a, b in zip(data, header):
    pairs += 1
rest = list(data)
print(pairs, len(rest), rest[0])
def gen():
    i = 0
    while True:
        i += 1
        yield i * i
g = gen()
xs = [a + b for a, b in zip(g, range(4000))]
print(len(xs), next(g))
class Src:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        if self.i % 5000 == 0:
            raise StopIteration
        return self.i

src = Src()
count = 0
for x in iter(src, -1):
    count += 1
print(count, src.i)
