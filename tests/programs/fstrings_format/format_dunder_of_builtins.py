# The built-in types' __format__ called directly, and through subclasses (IntEnum
# members, str and float subclasses) whose own __format__ defers to the built-in one.
from enum import IntEnum


class Level(IntEnum):
    LOW = 2
    HIGH = 10


class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"


class Money(float):
    def __format__(self, spec):
        return "$" + float.__format__(self, spec or ".2f")


print(int.__format__(5, ">3"), float.__format__(2.5, ".3f"), str.__format__("a", "^5") + "|")
print(int.__format__(255, "#x"), int.__format__(True, "d"), float.__format__(1e20, ",.0f"))
print(f"{Level.LOW:03d}", "{:>5}".format(Level.HIGH), format(Level.HIGH, "b"))
print(f"{Tag('x'):*>4}", f"{Money(3.14159)}", f"{Money(2):10.3f}")
try:
    object.__format__(object(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    int.__format__(5, "s")
except ValueError as e:
    print("ValueError:", e)
