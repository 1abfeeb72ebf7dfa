class Vehicle:
    wheels = 0
    def describe(self):
        return f"{type(self).__name__} with {self.wheels} wheels"

class Car(Vehicle):
    wheels = 4

class Bike(Vehicle):
    wheels = 2

class SportsCar(Car):
    pass

fleet = [Car(), Bike(), SportsCar(), Vehicle()]
for v in fleet:
    print(v.describe(), isinstance(v, Car), type(v) is Car)
print(issubclass(SportsCar, Vehicle), issubclass(Bike, Car), issubclass(Car, (Bike, Vehicle)))
print(isinstance(3, (str, int)), isinstance("s", (list, tuple)))
print(issubclass(bool, int), issubclass(int, object), isinstance(None, object))
print(type(True).__name__, type(None).__name__, type([]).__name__, type({}).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(type(3) == int, type(3.0) == float, type("") == str)
