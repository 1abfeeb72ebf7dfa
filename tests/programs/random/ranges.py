# randrange and randint over small, 32-bit-crossing, 64-bit-crossing and huge ranges,
# with positive and negative steps.
import random

random.seed(7)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(1) for _ in range(5)])
print([random.randrange(3, 9) for _ in range(20)])
print([random.randrange(-10, -3) for _ in range(20)])
print([random.randrange(0, 100, 5) for _ in range(15)])
print([random.randrange(100, 0, -7) for _ in range(15)])
print([random.randrange(-3, 50, 4) for _ in range(15)])
print([random.randrange(10, -10, -1) for _ in range(15)])
print([random.randrange(start=2, stop=6) for _ in range(8)])
print([random.randrange(2, 30, step=9) for _ in range(8)])

for lo, hi in [(2**32 - 5, 2**32 + 5), (0, 2**32), (0, 2**32 + 1), (2**64 - 3, 2**64 + 3),
               (0, 2**64), (-(2**64), 2**64), (0, 10**30), (10**30, 10**30 + 10)]:
    random.seed(lo % 1000 + hi % 777)
    print(lo, hi, [random.randrange(lo, hi) for _ in range(4)])

random.seed(99)
print([random.randrange(10**30) for _ in range(3)])
print([random.randrange(2**64) for _ in range(3)])
print([random.randrange(2**63 - 1) for _ in range(3)])
print([random.randrange(-5, 2**64, 7) for _ in range(3)])
print([random.randrange(2**70, -(2**70), -(2**33)) for _ in range(3)])
print([random.randrange(0, 2**100, 2**50 + 1) for _ in range(3)])

random.seed(3)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.randint(5, 5) for _ in range(3)])
print([random.randint(0, 2**32) for _ in range(4)])
print([random.randint(2**63, 2**65) for _ in range(4)])
print([random.randint(-(10**20), 10**20) for _ in range(4)])
print(random.randint(a=1, b=3))

# Bools and integral floats are accepted (floats are deprecated in CPython 3.11).
random.seed(11)
print(random.randrange(True, 10), random.randint(False, True))

# Distribution sanity: every value of a small range shows up.
random.seed(5)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, all(c > 800 for c in counts))
