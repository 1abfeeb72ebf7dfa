class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

d = D()
print(d.who(), d.chain())
print(isinstance(d, C), issubclass(D, A))

class JsonMixin:
    def to_json(self):
        parts = []
        for k in self.fields:
            v = getattr(self, k)
            parts.append(f'"{k}": {v!r}' if not isinstance(v, str) else f'"{k}": "{v}"')
        return "{" + ", ".join(parts) + "}"

class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields) + ")"

class User(JsonMixin, ReprMixin):
    fields = ("name", "age")
    def __init__(self, name, age):
        self.name = name
        self.age = age

u = User("kim", 30)
print(u.to_json())
print(u, [u])
