import random

random.seed(1)
print(random.randrange(10))
print(random.randrange(0))
print("not reached")
