class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, item):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self):
        data = self.data
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i = 0
            n = len(data)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < n and data[l] < data[smallest]:
                    smallest = l
                if r < n and data[r] < data[smallest]:
                    smallest = r
                if smallest == i:
                    break
                data[i], data[smallest] = data[smallest], data[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.data)

h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(v)
    print("push", v, "min", h.data[0], "size", len(h))
print([h.pop() for _ in range(len(h))])
tasks = MinHeap()
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
