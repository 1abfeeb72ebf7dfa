# shuffle on lists of every length up to 50 and choice on every kind of sequence.
import random

random.seed(31337)
for n in range(51):
    xs = list(range(n))
    random.shuffle(xs)
    print(n, xs)
    assert sorted(xs) == list(range(n))

words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
random.seed(1)
for _ in range(3):
    random.shuffle(words)
    print(words)

random.seed(8)
print([random.choice("abcdefghij") for _ in range(15)])
print([random.choice((10, 20, 30)) for _ in range(10)])
print([random.choice(range(100, 200, 3)) for _ in range(10)])
print([random.choice([None, True, 1.5, "s"]) for _ in range(10)])
print([random.choice([42]) for _ in range(3)])
print(random.choice({0: "zero", 1: "one"}))
print(random.choice(seq=[7, 8, 9]))


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v


s = Seq(list("kiln"))
random.seed(4)
print(random.choice(s))
random.shuffle(s)
print(s.items)
random.shuffle(x=s.items)
print(s.items)
