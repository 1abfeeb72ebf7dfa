from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.RED in Color, Color.CRIMSON is Color.RED, Color.RED == Color.RED, Color.RED == 1)
for c in Color:
    print(c.describe())
print({Color.RED: 'r'}[Color.RED], f"{Color.BLUE}", isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print(e)
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
print([s.value for s in State], State.DONE)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.HIGH > Pri.LOW, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), str(Pri.LOW), repr(Pri.LOW), Pri(3))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.MARS.gravity, 3), Planet.EARTH.value)
state = State.IDLE
transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
while state in transitions:
    state = transitions[state]
    print("->", state.name)
print(Color.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Color, Pri)
