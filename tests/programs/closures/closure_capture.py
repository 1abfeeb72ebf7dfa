def make_multipliers():
    return [lambda x: x * i for i in range(4)]

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

def make_multipliers_factory():
    def factory(i):
        return lambda x: x * i
    return [factory(i) for i in range(4)]

print([f(10) for f in make_multipliers()])
print([f(10) for f in make_multipliers_fixed()])
print([f(10) for f in make_multipliers_factory()])

def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()

print(outer())

def cell_shared():
    value = []
    def add(v):
        value.append(v)
    def get():
        return list(value)
    return add, get

add, get = cell_shared()
add(1)
add(2)
print(get())
fs = []
for n in range(3):
    def f(n=n):
        return n * n
    fs.append(f)
print([g() for g in fs])
