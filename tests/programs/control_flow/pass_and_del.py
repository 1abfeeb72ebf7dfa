def todo():
    pass

class Empty:
    pass

print(todo(), type(Empty()).__name__)
for i in range(3):
    pass
print("loop var survives", i)
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[1]
del items[-1]
print(items)
del items[1:3]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("deleted both:", e)
class Holder:
    pass
h = Holder()
h.value = 42
print(h.value)
del h.value
print(hasattr(h, "value"))
while False:
    pass
if True:
    pass
else:
    pass
print("end")
