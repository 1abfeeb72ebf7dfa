def mean(xs):
    t = 0
    n = 0
    for x in xs:
        t += x
        n += 1
    return t / n
print(mean(range(1, 2001)))
print(mean([0.5, 1.5, 2.0]))
print(mean(x * 0.5 for x in range(10)))
def collect(xs):
    out = []
    for x in xs:
        out.append(x)
    return out
prices = {"apple": 1.25, "pear": 0.75}
collect(dict.fromkeys(range(200)))
print(collect(prices.items()))
print(collect(prices.values()))
ages = {"ann": 31, "bob": 42, "cy": 27}
collect(list(range(1000)))
for _ in range(8): collect(ages.items())
print(collect(ages))
print(collect(ages.values()))
print(collect("hello"), collect(range(3)), collect(enumerate("ab")), collect(zip("ab", "cd")))
def join(xs):
    return [x for x in xs]
join(range(500))
print(join("ab"), join(ages.items()), join(ages), join(ages.values()))
