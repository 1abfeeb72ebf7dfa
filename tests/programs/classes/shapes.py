import math

class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

shapes = [Rect(3, 4), Square(5), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes))
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.describe())
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
try:
    Shape().describe()
except NotImplementedError:
    print("abstract area")
