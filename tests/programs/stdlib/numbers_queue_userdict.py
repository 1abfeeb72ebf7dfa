import numbers, queue
from fractions import Fraction
from collections import UserDict, UserList, UserString
for v in [1, 2.5, True, Fraction(1, 3), "x", None]:
    print(repr(v), isinstance(v, numbers.Number), isinstance(v, numbers.Real), isinstance(v, numbers.Integral), isinstance(v, numbers.Rational))
print(issubclass(int, numbers.Complex), issubclass(float, numbers.Integral))
q = queue.Queue()
for i in range(3): q.put(i)
print(q.qsize(), q.get(), q.get(), q.empty(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
pq = queue.PriorityQueue()
for t in [(3, "c"), (1, "a"), (2, "b")]: pq.put(t)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(maxsize=2); lq.put(1); lq.put(2)
try:
    lq.put_nowait(3)
except queue.Full:
    print("full", lq.full())
print(lq.get(), lq.get())
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({"A": 1}); d["B"] = 2; d.update(C=3)
print(d, len(d), "a" in d, d.get("z", 0), list(d.items()), d == {"a": 1, "b": 2, "c": 3})
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1, 2]); s.push(3); s += [4]
print(s, s[1:], len(s), s.pop(), s * 2, sorted(Stack([3, 1, 2])), isinstance(s[1:], Stack))
u = UserString("Hello")
print(u.upper(), u + "!", len(u), u[1:3], u == "Hello", "ell" in u, u.split("l"))
