class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name

    def hello(self):
        return f"Base hello from {self.name}"

class Middle(Base):
    def __init__(self, name, level):
        print("Middle.__init__", level)
        super().__init__(name)
        self.level = level

    def hello(self):
        return "Middle+" + super().hello()

class Leaf(Middle):
    def __init__(self):
        print("Leaf.__init__")
        super().__init__("leaf", 3)

    def hello(self):
        return "Leaf+" + super().hello()

x = Leaf()
print(x.hello())
print(x.name, x.level)
print(isinstance(x, Base), isinstance(x, Middle), issubclass(Leaf, Base), issubclass(Base, Leaf))
m = Middle("mid", 1)
print(m.hello())
print(type(x).__name__, type(m).__name__)
