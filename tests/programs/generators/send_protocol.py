def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

g = running_average()
print(next(g))
for v in [10, 20, 60, 10]:
    print("sent", v, "avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print("closed")

def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulator()
acc.send(None)
print([acc.send(i) for i in range(1, 6)])
