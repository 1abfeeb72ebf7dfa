# `del module.attr` and `del function.attr` remove the attribute; deleting a missing one
# raises AttributeError. Assigning an instance's own class back is allowed.
import math

math.tau_twice = math.tau * 2
print(round(math.tau_twice, 6))
del math.tau_twice
print(hasattr(math, "tau_twice"))
try:
    del math.not_there
except AttributeError as e:
    print("AttributeError:", e)


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
total = 0
for _ in range(1000):
    total += counter()
print(total, counter.calls)
del counter.calls
print(hasattr(counter, "calls"))
try:
    del counter.calls
except AttributeError as e:
    print("AttributeError:", e)


class Point:
    def __init__(self, x):
        self.x = x


p = Point(3)
p.__class__ = Point
print(type(p).__name__, p.x)
