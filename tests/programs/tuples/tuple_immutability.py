t = (1, [2, 3], "s")
t[1].append(4)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
u = t
t += (5,)
print(t, u, t is u)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, (2, 3))) == hash((1, (2, 3))))
key = (1, 2)
d = {key: "v"}
print(d[(1, 2)], d.get((2, 1)))
print((1, 2, 3)[1:2], type((1, 2, 3)[1:2]).__name__)
