data = [2.5, 3.75, 1.25, 8.0, 4.5, 6.25, 3.0, 5.5]

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    if n % 2:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2

def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)

import math
print("mean", mean(data))
print("median", median(data), median(data[:-1]))
print("variance", variance(data))
print("stdev", math.sqrt(variance(data)))
print("range", max(data) - min(data))
normalized = [(x - min(data)) / (max(data) - min(data)) for x in data]
print([round(v, 4) for v in normalized])
z = [round((x - mean(data)) / math.sqrt(variance(data)), 3) for x in data]
print(z)
print(f"{mean(data):.3f} {median(data):8.2f} {variance(data):e}")
cumulative = []
running = 0.0
for x in data:
    running += x
    cumulative.append(running)
print(cumulative)
