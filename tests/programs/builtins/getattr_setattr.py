class Config:
    debug = False
    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "default"))
setattr(c, "version", 3)
setattr(c, "debug", True)
print(c.version, c.debug, Config.debug)
print(hasattr(c, "version"), hasattr(c, "nope"), hasattr(Config, "debug"))
for field in ["name", "version", "debug", "other"]:
    print(field, getattr(c, field, None))
try:
    getattr(c, "absent_attribute_xyz")
except AttributeError as e:
    print("AttributeError:", e)
delattr(c, "version")
print(hasattr(c, "version"))
method = getattr("hello", "upper")
print(method(), getattr([3, 1, 2], "index")(2))
ops = {"add": lambda a, b: a + b}
class Calc:
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b
calc = Calc()
for op in ["add", "mul", "div"]:
    fn = getattr(calc, op, None)
    print(op, fn(6, 7) if fn else "unsupported")
