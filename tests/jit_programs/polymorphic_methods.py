# A loop calling one method on instances of six classes: more than a call site's
# cache holds, so the recorder must look the method up itself to inline it.
class Const:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return self.v


class Twice:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return 2 * x + self.v


class Neg:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return -x


class Mod:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return x % (self.v + 7)


class Shift:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return x + self.v - 3


class Swap:
    def __init__(self, v):
        self.v = v

    def step(self, x):
        return self.v - x


def run(nodes, rounds):
    total = 0
    for r in range(rounds):
        x = r
        for node in nodes:
            x = node.step(x) % 1000003
        total += x
    return total


kinds = [Const, Twice, Neg, Mod, Shift, Swap]
nodes = [kinds[(i * 7) % 6](i % 11) for i in range(30)]
print(run(nodes, 3000))
print(run(nodes[::-1], 2000))
