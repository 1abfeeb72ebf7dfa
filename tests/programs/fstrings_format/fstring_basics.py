name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age}")
print(f"{name!r} {name!s} {age!r}")
print(f"{age + 4} {age * 2} {name.upper()} {len(name)}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.4f}|")
print(f"{'nested ' + name}")
print(f"{{braces}} {{{age}}}")
items = [1, 2, 3]
print(f"{items} {items[1]} {items[-1] * 10}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"age={age}")
print(f"{3 > 2} {None} {[x * x for x in range(4)]}")
width = 12
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'left':<{width}}|{'right':>{width}}|")
print(f"{name:*^11}")
x = 5
print(f"{x} squared is {x ** 2}, {'odd' if x % 2 else 'even'}")
print(f'{"double inside single"}')
multi = (f"a={1}, "
         f"b={2}")
print(multi)
