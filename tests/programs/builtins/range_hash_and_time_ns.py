import time
d = {range(3): "r"}
print(range(3) in d, range(0, 3) in d, len({range(3), range(0, 3, 1), range(5, 2), range(0), range(4, 5), range(4, 5, 3)}))
print(hash(range(0, 3)) == hash(range(3)), hash(range(0)) == hash(range(7, 2)), hash(range(4, 5)) == hash(range(4, 6, 7)))
print(hash(range(10)), hash(range(1, 100, 7)))
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10**9, time.monotonic_ns() >= 0)
