class Shape:
    calls = 0

    def __init__(self, size):
        self.size = size
        self.seen = 0


class Square(Shape):
    def area(self, k):
        self.seen += 1
        if self.size > 40:
            return self.size * self.size // k
        return self.size * self.size


class Circle(Shape):
    def area(self, k):
        self.seen += 1
        r = self.size / 2
        if r > 10.0:
            return int(3.14159 * r * r) // k
        return int(3.14159 * r * r)


class Tri(Shape):
    def __init__(self, size, h):
        Shape.__init__(self, size)
        self.h = h

    def area(self, k):
        self.seen += 1
        if self.h % 3 == 0:
            return Point(self.size, self.h).norm() // k
        return self.size * self.h // 2


class Point:
    def __init__(self, x, y):
        self.x = x
        if y > 1000:
            y = 1000
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def total(shapes, k):
    t = 0
    for s in shapes:
        t += s.area(k)
    return t


def main():
    shapes = []
    for i in range(60):
        m = i % 7
        if m < 3:
            shapes.append(Square(i))
        elif m < 5:
            shapes.append(Circle(i))
        else:
            shapes.append(Tri(i, i * 7 % 11))
    grand = 0
    for rep in range(3000):
        grand += total(shapes, 1 + rep % 5)
        if rep == 2000:
            shapes.append(Tri(5, 3000))
            shapes[3] = Circle(99)
    print(grand, sum(s.seen for s in shapes))
    pts = [Point(i, i * 37 % 1500) for i in range(5000)]
    print(sum(p.y for p in pts))


main()
