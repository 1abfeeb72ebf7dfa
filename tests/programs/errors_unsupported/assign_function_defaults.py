def add(a, b=2):
    return a + b


print(add(1))
add.__defaults__ = (10,)
print(add(1))
