class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 2

total = 0
count = 0
for x in Seq(5000):
    total += x
    count += 1
    if count > 20000:
        break
print(count, total)
s = Seq(4)
print([(a, b) for a in s for b in s])
print(sorted(vars(s)))
class Deck:
    def __init__(self):
        self.cards = list(range(10))
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(3 in d, sum(d))
class Slotted:
    __slots__ = ('xs',)
    def __init__(self, xs):
        self.xs = xs
    def __getitem__(self, i):
        return self.xs[i]
print(list(Slotted([7, 8, 9])))
it = iter(s); next(it); next(it); print(list(s)); print(next(it, 'end'), list(it))
print(sum(len([y for y in Seq(k % 7)]) for k in range(3000)))
class Stop:
    def __getitem__(self, i):
        if i > 3:
            raise StopIteration
        return i
print(list(Stop()))
