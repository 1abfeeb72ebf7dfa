class P:
    def __hash__(self): return 1
class C(P):
    def __eq__(self, o): return False
print(C.__hash__)
try:
    print(hash(C()))
except TypeError as e:
    print("TypeError", e)
try:
    print({C()})
except TypeError as e:
    print("TypeError", e)
class A:
    def __eq__(self, o): return True
print(A.__hash__)
class B(A):
    __hash__ = object.__hash__
print(type(hash(B())).__name__, len({B(), B()}))
class D:
    def __eq__(self, o): return self is o
    def __hash__(self): return 7
print(hash(D()), len({D(), D()}))
class E(D):
    pass
print(hash(E()))
