# Indexing, slicing and searching non-ASCII strs (char offsets through the marks).
import time
s = "abcdé" * 2000
t = time.perf_counter()
n = 0
for i in range(0, len(s), 3):
    if s[i] == "é":
        n += 1
print(n)
acc = 0
for i in range(0, len(s) - 3, 7):
    acc += len(s[i:i + 3])
print(acc)
u = "αβγ😀δ" * 50 + "end"
print(u[0], u[3], u[4], u[-1], u[-4], u[10:20], u[-8:], u[5:3], u[::7][:10], u[249:252], u[:0], u[250], len(u))
for i in [0, 63, 64, 65, 127, 128, 200, 251, 252]:
    print(i, repr(u[i]), repr(u[i:i+2]), u.find("😀", i), u.index("d", i), u.rfind("β", 0, i + 1))
print(u.find("end"), u.count("δ"), u.startswith("γ", 2), u.endswith("δ", 0, 5), u[-3:].upper())
import re
print([m.start() for m in re.finditer("😀", u)][:5], re.search("δe", u).span())
