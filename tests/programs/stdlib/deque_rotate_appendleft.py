# deque: rotate both ways, appendleft/popleft/pop mixes, maxlen, indexing, against a
# list model.
import random
from collections import deque

rng = random.Random(7)
d = deque()
model = []
for step in range(1500):
    op = rng.randrange(9)
    x = rng.randrange(100)
    if op == 0:
        d.append(x); model.append(x)
    elif op == 1:
        d.appendleft(x); model.insert(0, x)
    elif op == 2 and model:
        assert d.pop() == model.pop()
    elif op == 3 and model:
        assert d.popleft() == model.pop(0)
    elif op == 4:
        n = rng.randrange(-12, 12)
        d.rotate(n)
        if model:
            k = n % len(model)
            model[:] = model[len(model) - k:] + model[:len(model) - k]
    elif op == 5:
        d.extend([x, x + 1]); model.extend([x, x + 1])
    elif op == 6:
        d.extendleft([x, x + 1]); model[:0] = [x + 1, x]
    elif op == 7 and model:
        i = rng.randrange(len(model))
        assert d[i] == model[i] and d[-1] == model[-1]
        d[i] = -x; model[i] = -x
    else:
        assert list(d) == model and len(d) == len(model)
    if step % 500 == 0:
        print(step, len(d), list(d)[:6], list(reversed(d))[:3])
print(list(d) == model, len(d))
big = deque(range(3000))
for _ in range(700):
    big.rotate(-2)
print(big[0], big[-1], len(big))
for _ in range(700):
    big.rotate(3)
print(big[0], big[-1])
left = deque()
for i in range(4000):
    left.appendleft(i)
print(left[0], left[-1], len(left))
for i in range(3000):
    left.popleft()
    left.appendleft(i)
    left.popleft()
print(len(left), left[0], left[-1])
m = deque(range(10), maxlen=5)
m.appendleft(-1)
m.extend([20, 21])
m.rotate(2)
print(m, m.maxlen)
e = deque([1])
e.rotate(5)
e.rotate(-3)
print(e, deque().rotate(3))
q = deque(range(10))
for i in range(500):
    q.append(q.popleft() + 1)
    if i % 7 == 0:
        q.rotate(-4)
        q.rotate(1)
print(list(q), q[3], len(q))
