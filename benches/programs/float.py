# Float/object-allocation benchmark: build many small Point objects whose
# coordinates come from trigonometric functions, normalize each one to unit
# length, and fold them into a component-wise maximum.  Repeated for several
# rounds with different phase offsets; prints the per-round maxima.
# Usage: float.py [POINTS]
# bench-args: 400000
# bench-half: 200000
# bench-check: 2000
import sys
import math

ROUNDS = 5


class Point:
    def __init__(self, t):
        s = math.sin(t)
        self.x = s
        self.y = math.cos(t) * 3.0
        self.z = (s * s) / 2.0

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        inv = 1.0 / self.length()
        self.x = self.x * inv
        self.y = self.y * inv
        self.z = self.z * inv

    def absorb_max(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self

    def describe(self):
        return f"({self.x:.9f}, {self.y:.9f}, {self.z:.9f})"


def build(count, phase):
    pts = []
    for i in range(count):
        pts.append(Point(i * 0.37 + phase))
    return pts


def reduce_max(pts):
    best = pts[0]
    for i in range(1, len(pts)):
        best = best.absorb_max(pts[i])
    return best


def one_round(count, phase):
    pts = build(count, phase)
    for p in pts:
        p.normalize()
    return reduce_max(pts)


def main():
    count = 400000
    if len(sys.argv) > 1:
        count = int(sys.argv[1])
    for r in range(ROUNDS):
        best = one_round(count, r * 0.1)
        print(f"round {r}: max {best.describe()}")


main()
