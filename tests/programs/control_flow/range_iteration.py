print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], 11 in r, 12 in r)
print(list(r[1:4]), r[::-1], list(r[::-1])[:3])
print(range(10).index(7), range(0, 10, 2).count(4), sum(range(101)))
print(range(1, 4) == range(1, 4), list(reversed(range(4))))
print(len(range(-10, 10, 3)), list(range(-10, 10, 3)))
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()
total = 0
for k in range(1, 100, 2):
    total += k
print(total, max(range(7)), min(range(3, 9)))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big)
