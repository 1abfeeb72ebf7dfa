# Found by differential hunts: each loop below runs hot under the JIT before the case
# its compiled code did not see comes up.
import math

# int / int is correctly rounded from the exact quotient, also above 2**53.
a = 4611686018427424940
b = 6
bad = 0
for i in range(3000):
    if a / b != 7.686143364045709e+17:
        bad += 1
print(bad)
qs = []
for i in range(3000):
    qs.append((2**55 + i * 7919) / (3 + i % 5))
print(sum(q % 1000 for q in qs), qs[-1])


# A method replaced on the class by a call the trace does not inline.
class C:
    def m(self):
        return 1

    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o


def m2(self):
    return 2


def init2(self, v):
    self.v = -v


def add2(self, o):
    return self.v * 10 + o


def patch(i, *args):
    if i == 5000:
        C.m = m2
        C.__init__ = init2
        C.__add__ = add2


t = 0
for i in range(10000):
    patch(i)
    c = C(i)
    t += c.m() + c.v + (C(1) + 1)
print(t)

# Unused expressions that raise still raise.
s = "abc" * 1000
try:
    for i in range(5000):
        s[i]
    print("no error")
except IndexError:
    print("IndexError at", i)

vals = [float(i) for i in range(5000)]
vals[4000] = -1.0
try:
    for v in vals:
        math.sqrt(v)
    print("no error")
except ValueError:
    print("ValueError at", v)

g = 1


def kill(i, *a):
    global g
    if i == 3000:
        del g


try:
    for i in range(5000):
        kill(i)
        g
    print("no error")
except NameError:
    print("NameError at", i)


def probe(s, n):
    s[n]
    return 1


n = 0
while True:
    try:
        probe(s, n)
    except IndexError:
        break
    n += 1
print(n)
