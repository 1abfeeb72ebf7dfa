# str += in loops (appends fill a shared buffer in place), prefixes keeping their values, non-ASCII indexing and slicing.
import time
t = time.perf_counter()
s = ''
for i in range(20000):
    s += 'a'
print(len(s), time.perf_counter() - t < 100)
# aliasing: prefixes keep their values
a = "x" * 200
b = a + "1"
c = a + "2"
d = b + "3"
e = b + "4"
print(b[-3:], c[-3:], d[-3:], e[-3:], len(a), a == "x" * 200, b == "x" * 200 + "1")
parts = []
s = "start" * 30
for i in range(50):
    s = s + str(i)
    parts.append(s)
print([len(p) for p in parts[:5]], parts[10][-6:], parts[-1][-10:], len(set(parts)))
u = "é" * 100
v = u + "ü" * 40
w = v + "∑"
print(len(v), len(w), w[-3:], v[-1], w[99:102], hash(v) == hash("é" * 100 + "ü" * 40))
z = w
z += "!"
print(w[-2:], z[-2:], w is z, len(w), len(z))
k = {}
s = "k" * 130
for i in range(10):
    s += str(i)
    k[s] = i
print(sorted(k.values()), ("k" * 130 + "0123") in k)
print(s.upper()[-5:], s.find("89"), s.replace("k", "")[:5], s.split("5"), s.encode()[-3:])
t0 = time.perf_counter()
s = ""
for i in range(5000):
    s = s + "ab"
print(len(s), s[-4:])
s = "é"
for i in range(3000):
    s += "ü"
print(len(s), s[-2:], s[:2])
