class Grid:
    def __init__(self, w, h, fill=0):
        self.w = w
        self.h = h
        self.cells = [fill] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __delitem__(self, pos):
        self[pos] = 0

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells

    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]

g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
g[1, 1] = g[0, 0] + g[2, 1]
for row in g:
    print(row)
print(len(g), 7 in g, 99 in g, 12 in g)
del g[2, 1]
print(list(g))
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("seq index out of range")
        return i * i

s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], list(s), 16 in s, 17 in s)
print([s[i] for i in range(len(s) - 1, -1, -1)])
