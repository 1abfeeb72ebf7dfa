e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
e1 = KeyError("key")
print(e1.args, str(e1), repr(e1))
e2 = Exception()
print(e2.args, repr(str(e2)), repr(e2))
e3 = RuntimeError("single")
print(str(e3), repr(e3))
class Custom(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field}={value}")
        self.field = field
        self.value = value
c = Custom("age", -1)
print(c, c.args, c.field, c.value, repr(c))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(WithStr("ignored"), WithStr("ignored").args)
try:
    raise TypeError("t1")
except TypeError as err:
    print(type(err).__name__, err, isinstance(err, Exception))
try:
    int("zz")
except ValueError as err:
    print(err.args)
try:
    raise IndexError
except IndexError as err:
    print(repr(err), err.args)
print(isinstance(StopIteration(), Exception), StopIteration(5).value)
