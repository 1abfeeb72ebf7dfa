import random

r = random.Random(3)
print(r.sample(range(10), 4))
print(r.sample(range(4), 5))
