# Private names (__x) are mangled to _Class__x in class bodies and methods, __slots__ included
class Account:
    __count = 0
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def __check(self, amt):
        if amt > self.__balance:
            raise ValueError("insufficient")
    def withdraw(self, amt):
        self.__check(amt)
        self.__balance -= amt
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
    def peek(self):
        f = lambda: self.__balance
        return [self.__balance for _ in range(2)], f()
a = Account("ann", 100)
print(a.withdraw(30), Account.count(), a.peek(), a._Account__balance)
try:
    a.withdraw(1000)
except ValueError as e:
    print(e)
try:
    a.__balance
except AttributeError as e:
    print(e)
class _Hidden:
    def __init__(self):
        self.__v = 1
print(vars(_Hidden()))
class B:
    def __init__(self):
        self.__x = "B"
    def bx(self):
        return self.__x
class C(B):
    def __init__(self):
        super().__init__()
        self.__x = "C"
    def cx(self):
        return self.__x
c = C()
print(c.bx(), c.cx(), sorted(vars(c)))
__g = 5
class D:
    def m(self):
        try:
            return __g
        except NameError as e:
            return str(e)
print(D().m())
class E:
    def __init__(self):
        self.__dict__["__raw"] = 1
        setattr(self, "__dyn", 2)
    def get(self):
        return getattr(self, "__dyn"), hasattr(self, "__raw"), self.__class__.__name__
print(E().get())
