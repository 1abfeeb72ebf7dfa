class L(list): pass
a = L([1, 2]); b = a
b += [3]
print(a, b, a is b, type(b).__name__)
b *= 2
print(a, a is b, type(b).__name__)
class D(dict): pass
d = D(x=1); e = d
e |= {'y': 2}
print(d, d is e, type(e).__name__)
class S(set): pass
s = S({1, 2}); t = s
t |= {3}; t -= {1}; t &= {2, 3, 4}; t ^= {9}
print(sorted(s), s is t, type(t).__name__)
class Stack(list):
    def push(self, x):
        self += [x]
        return self
st = Stack()
st.push(1).push(2)
print(st, len(st))
c = L([1]) + [2]
print(c, type(c).__name__)
class M(list):
    def __add__(self, o):
        return "custom add"
m = M([1]); m += [2]
print(m)
acc = L()
for i in range(3000):
    acc += [i]
print(len(acc), type(acc).__name__)
