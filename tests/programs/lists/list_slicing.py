a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[8:2:-2])
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[-2:] = []
print(a)
del a[0]
print(a)
del a[::2]
print(a)
b = [0, 1, 2, 3, 4, 5, 6, 7]
b[1::2] = [10, 30, 50, 70]
print(b)
del b[1:3]
print(b)
c = b[:]
c[0] = 99
print(b[0], c[0])
print(b[slice(1, 4)], b[slice(None, None, -2)])
m = [1, 2, 3]
m[1:2] = [20, 21, 22]
print(m, len(m))
m[len(m):] = [4]
print(m)
print(m[100:200], m[-100:1])
