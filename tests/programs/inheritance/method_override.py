class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def intro(self):
        return f"I am {self.name}. {self.speak()}"

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"

    def speak(self):
        return super().speak().upper()

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!!!"

animals = [Animal("thing"), Dog("rex"), Cat("tom"), Puppy("bit")]
for a in animals:
    print(a.intro())
print([type(a).__name__ for a in animals if isinstance(a, Dog)])
print(Puppy.sound, issubclass(Puppy, Dog))
Dog.sound = "WOOF"
print(animals[3].speak())
