# Loops whose bodies branch on the data: most iterations leave the recorded path, so
# their bridges are grafted onto the loop (compiled into it). The bridges change types
# (an int total becomes a float), bind locals, append, raise and catch, call functions,
# and a class changes under one of the loops late.


def score(cells, windows, player):
    other = 3 - player
    total = 0
    for window in windows:
        mine = 0
        theirs = 0
        for i in window:
            v = cells[i]
            if v == player:
                mine += 1
            elif v == other:
                theirs += 1
        if theirs == 0:
            if mine == 3:
                total += 5
            elif mine == 2:
                total += 2
        elif mine == 0:
            if theirs == 3:
                total -= 4
            elif theirs == 2:
                total -= 1.5
    return total


def classify(xs):
    small = medium = large = 0
    odd_sum = 0
    last_big = None
    out = []
    for x in xs:
        if x < 10:
            small += 1
        elif x < 100:
            medium += 1
            if x % 2:
                odd_sum += x
        else:
            large += 1
            last_big = x
            out.append(x // 7)
    return small, medium, large, odd_sum, last_big, len(out), sum(out)


def parse_all(words):
    good = 0
    bad = 0
    acc = 0
    for w in words:
        if w.isdigit():
            acc += int(w)
            good += 1
        elif w.startswith("-"):
            try:
                acc += int(w)
                good += 1
            except ValueError:
                bad += 1
        else:
            bad += 1
    return good, bad, acc


class Shape:
    scale = 1

    def area(self):
        return 0


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s * self.scale


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale


def total_area(shapes, rounds):
    t = 0
    for r in range(rounds):
        for s in shapes:
            if isinstance(s, Sq):
                t += s.area()
            elif s.w > s.h:
                t += s.area() * 2
            else:
                t -= s.area()
        if r == rounds - 3:
            Shape.scale = 2
    return t


state = 12345


def rand():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state >> 8


cells = [rand() % 3 for _ in range(42)]
windows = [tuple(r * 7 + c + k for k in range(4)) for r in range(6) for c in range(4)]
windows += [tuple((r + k) * 7 + c for k in range(4)) for r in range(3) for c in range(7)]
grand = 0
for n in range(1500):
    cells[rand() % 42] = rand() % 3
    grand += score(cells, windows, 1 + n % 2)
print("score", grand)

xs = [rand() % 300 for _ in range(20000)]
print("classify", classify(xs))
print("classify small", classify([1, 2, 3]))

words = []
for i in range(6000):
    k = rand() % 5
    words.append(str(i) if k < 2 else ("-" + str(i) if k == 2 else ("-x" if k == 3 else "w")))
print("parse", parse_all(words))

shapes = []
for i in range(60):
    shapes.append(Sq(i % 7) if rand() % 2 else Rect(i % 5, rand() % 6))
print("area", total_area(shapes, 200))
