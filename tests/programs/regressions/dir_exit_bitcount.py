# dir() of instances, classes and modules; exit(); int.bit_count()
import math


class Base:
    kind = "base"

    def hello(self):
        return 1


class Item(Base):
    def __init__(self):
        self.name = "x"
        self.qty = 3

    def total(self):
        return 0


it = Item()
print([a for a in dir(it) if not a.startswith("_")])
print([a for a in dir(Item) if not a.startswith("__")])
print(dir(it) == sorted(dir(it)), "__init__" in dir(it), "__dict__" in dir(it))
print(dir(it))
print([m for m in dir([]) if not m.startswith("_")])
print([m for m in dir({}) if not m.startswith("_")])
print([a for a in dir(math) if not a.startswith("_")][:8])
print((255).bit_count(), (-7).bit_count(), (2**100 - 1).bit_count())
print("bye")
exit(3)
print("not reached")
