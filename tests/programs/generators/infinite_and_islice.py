def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def islice(it, stop):
    for i, v in enumerate(it):
        if i == stop:
            return
        yield v

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(islice(primes(), 20)))
def cycle(seq):
    while True:
        for s in seq:
            yield s
print(list(islice(cycle("abc"), 8)))
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 4, 9, 16, 25])))
print([b - a for a, b in pairwise(islice(primes(), 12))])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)), len(list(collatz(97))))
