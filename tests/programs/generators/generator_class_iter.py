class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(4)
print(list(c), list(c), sum(c))
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b)

class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right

t = Tree(5, Tree(3, Tree(1), Tree(4)), Tree(8, None, Tree(9)))
print(list(t), max(t), 4 in t, 7 in t)
print(sorted(t, reverse=True))
