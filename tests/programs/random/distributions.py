# Real-valued distributions, getstate/setstate and gauss's cached second value.
import random

random.seed(123)
print([random.random() for _ in range(5)])
print([random.uniform(1, 5) for _ in range(3)], random.uniform(2.5, -1.0), random.uniform(3, 3))
print(random.uniform(1, 2.0), random.uniform(a=0, b=10))
print([random.gauss() for _ in range(5)])
print(random.gauss(10, 2), random.gauss(mu=-1.0, sigma=0.5), random.gauss(0, 1))
print([random.normalvariate() for _ in range(3)], random.normalvariate(100, 15))
print([random.expovariate(2) for _ in range(3)], random.expovariate(0.5))
print(random.triangular(), random.triangular(1, 10), random.triangular(1, 10, 3))
print(random.triangular(5, 5, 5), random.triangular(10, 0, 2), random.triangular(low=2, high=4))
print(random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 50))
print([random.gammavariate(a, 1.0) for a in (0.1, 0.5, 1.0, 2.0, 20.0)])
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.paretovariate(2), random.weibullvariate(1, 2))

# Statistical sanity on many draws.
random.seed(42)
xs = [random.gauss(5, 2) for _ in range(20000)]
mean = sum(xs) / len(xs)
print(round(mean, 1), all(isinstance(x, float) for x in xs[:10]))
ys = [random.random() for _ in range(20000)]
print(min(ys) >= 0.0, max(ys) < 1.0)

# getstate/setstate replay the same stream, including gauss's pending value.
random.seed(555)
random.gauss()
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], type(st[2]).__name__)
a = [random.gauss() for _ in range(3)] + [random.random(), random.randrange(10**20)]
random.setstate(st)
b = [random.gauss() for _ in range(3)] + [random.random(), random.randrange(10**20)]
print(a == b, a)
random.seed(555)
st2 = random.getstate()
print(st2[2], st2[1][-1], st2[1][:3])
