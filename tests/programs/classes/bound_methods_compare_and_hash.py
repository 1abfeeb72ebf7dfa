import math
class K:
    def m(self):
        return 1
k = K()
print(k.m == k.m, hash(k.m) == hash(k.m), k.m in {k.m}, k.m != K().m)
l = [1]
print(l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append))
handlers = []
class Btn:
    def __init__(self, n): self.n = n
    def click(self): return self.n
a, b = Btn(1), Btn(2)
handlers.append(a.click); handlers.append(b.click)
handlers.remove(a.click)
print([h() for h in handlers], {a.click: 1}.get(a.click))
print((-2**200) >> 2**61, (2**200) >> 2**61, (-2**70) >> 2**33, (-5) >> 100, 7 >> 3, -(2**64) >> 64, -(2**64) >> 65)
