class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self.age

rex = Dog("Rex", 3)
fido = Dog("Fido", 7)
print(rex.bark(), fido.bark())
print(rex.birthday(), rex.age, fido.age)
print(Dog.count, rex.count, Dog.species, fido.species)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
print(type(rex).__name__, isinstance(rex, Dog), type(rex) is Dog)
print(Dog.bark(fido))
method = rex.bark
print(method())
rex.nickname = "Rexy"
print(rex.nickname, hasattr(fido, "nickname"), getattr(fido, "nickname", "none"))
setattr(fido, "age", 10)
print(fido.age)
print(Dog.__name__, type(Dog).__name__)
