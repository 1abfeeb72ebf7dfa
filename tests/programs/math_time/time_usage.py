import time

start = time.time()
t0 = time.perf_counter()
total = 0
for i in range(1000):
    total += i * i
elapsed = time.perf_counter() - t0
end = time.time()
print("total", total)
print("elapsed is a float:", isinstance(elapsed, float))
print("elapsed non-negative:", elapsed >= 0)
print("clock moves forward:", end >= start)
print("plausible epoch:", start > 1_600_000_000)
m0 = time.monotonic()
m1 = time.monotonic()
print("monotonic ok:", m1 >= m0)
