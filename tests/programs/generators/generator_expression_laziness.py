log = []
def noisy(x):
    log.append(x)
    return x * 10

g = (noisy(x) for x in range(5))
print("nothing evaluated yet:", log)
print(next(g), log)
print(next(g), log)
rest = list(g)
print(rest, log)
log.clear()
print(any(noisy(x) > 15 for x in range(10)), log)
log.clear()
print(all(noisy(x) < 25 for x in range(10)), log)
gen = (x for x in [1, 2, 3])
print(sum(gen), sum(gen))
def gen_squares(n):
    return (i * i for i in range(n))
print(list(gen_squares(5)))
