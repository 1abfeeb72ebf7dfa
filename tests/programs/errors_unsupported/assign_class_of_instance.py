class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
print(a.who())
a.__class__ = B
print(a.who())
