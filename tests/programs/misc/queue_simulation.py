class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(10)])
queue = []
served = []
clock = 0
customer_id = 0
busy_until = 0
current = None
while clock < 60:
    if rng.randint(1, 10) <= 3:
        customer_id += 1
        queue.append((customer_id, clock))
    if current is not None and clock >= busy_until:
        served.append(current)
        current = None
    if current is None and queue:
        cid, arrived = queue.pop(0)
        wait = clock - arrived
        current = (cid, wait)
        busy_until = clock + rng.randint(2, 5)
    clock += 1
print("arrived", customer_id, "served", len(served), "waiting", len(queue))
waits = [w for _, w in served]
print("waits", waits)
print("max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
