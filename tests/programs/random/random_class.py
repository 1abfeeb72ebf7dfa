# random.Random instances have their own state; subclasses that override random() or
# getrandbits() are used by the other methods as in CPython.
import random

r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random()
print(r1.random(), r2.random())
print(r1.randint(1, 100), r2.randint(1, 100), r1.choice("xyz"), r2.choice("xyz"))
random.seed(42)
print(random.random(), r1.random(), r2.random())
r2.seed(5)
print(r2.getrandbits(40), random.Random(5).getrandbits(40))
print(isinstance(r1, random.Random), type(r3) is random.Random, 0.0 <= r3.random() < 1.0)
print(random.Random("seed text").random(), random.Random(3.25).random(), random.Random(x=9).random())

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
dealer = random.Random(2023)
dealer.shuffle(deck)
print(deck[:13])
print(dealer.sample(deck, 5), dealer.choices(deck, k=3))
st = dealer.getstate()
first = dealer.random()
other = random.Random(0)
other.setstate(st)
print(first == other.random())


class Fixed(random.Random):
    def random(self):
        return 0.75


f = Fixed(1)
print(f.random(), f.uniform(0, 4), f.randrange(10), f.choice("abcd"), f.sample(range(20), 3))
print(f.choices("abc", k=3), f.triangular(0, 1), f.expovariate(1.0))


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) // 3


b = Bits(1)
print(b.randrange(10), b.randint(1, 4), b.random())


class Both(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return 1


print(Both(0).randrange(100), Both(0).choice("pqrs"))


class Seeded(random.Random):
    def __init__(self, n):
        super().__init__(n * 2)
        self.n = n


s = Seeded(21)
print(s.n, s.random() == random.Random(42).random())


class Counting(random.Random):
    calls = 0

    def seed(self, a=None, version=2):
        Counting.calls += 1
        super().seed(a, version)


c = Counting(10)
c.seed(11)
print(Counting.calls, c.random() == random.Random(11).random())
