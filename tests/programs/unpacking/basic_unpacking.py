a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b, c = [1, 2]
print(a, b, c)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
(a, (b, (c, d))) = (1, (2, (3, 4)))
print(a, b, c, d)
i = j = k = 0
i += 1
print(i, j, k)
s = [0, 0, 0]
idx = 0
idx, s[idx] = 2, 9
print(idx, s)
data = {"pos": (3, 4)}
(px, py) = data["pos"]
print(px + py)
