class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

p = Point(0, 0)
p.move(1, 2)
print(p.x, p.y)
p.move(1, 2, 3)
