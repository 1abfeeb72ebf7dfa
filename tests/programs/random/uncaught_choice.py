import random

random.seed(2)
items = [1, 2, 3]
while items:
    print(random.choice(items))
    items.pop()
random.choice(items)
