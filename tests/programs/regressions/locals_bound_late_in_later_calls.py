def g(n):
    i = 0
    while i < n:
        if i % 100 == 99:
            last = i
        if i > 900:
            extra = i
        i += 1
    return last, extra

print(g(1000))
for r in range(3):
    print(g(1000 + r))
