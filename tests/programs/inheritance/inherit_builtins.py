class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self.factory()
        self[key] = value
        return value

dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), isinstance(dd, dict))

class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s)

class Upper(str):
    def shout(self):
        return self.upper() + "!"

u = Upper("hey")
print(u.shout(), u + "x", len(u), isinstance(u, str))

class MyError(ValueError):
    pass
try:
    raise MyError("custom value error")
except ValueError as e:
    print(type(e).__name__, e)
