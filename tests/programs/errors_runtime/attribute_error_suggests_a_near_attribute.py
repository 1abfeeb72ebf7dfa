class Point:
    def __init__(self, x):
        self.x = x
        self.label = "p"


p = Point(3)
print(p.x)
print(p.lable)
