# Enum classes: members cannot be rebound, deleted or extended; lookup by a tuple value with __init__; EnumType.
from enum import Enum
class Color(Enum):
    RED = 1
try:
    class Ext(Color):
        pass
except TypeError as e:
    print(e)
try:
    class Ext2(Color):
        X = 3
except TypeError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.RED
except AttributeError as e:
    print(e)
Color.helper = 5
print(Color.helper)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet((6.42e23, 3.39e6)), Planet.EARTH.mass, type(Color))
try:
    Color.RED.value = 3
except AttributeError as e:
    print(e)
