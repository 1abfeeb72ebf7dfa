counter = 0

def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    bump()
print("counter", counter)

def make_accumulator():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add

acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
acc2 = make_accumulator()
print(acc2(1), acc(0))

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def shadow():
    counter = 100
    return counter

print(shadow(), counter)

def define_global():
    global created_later
    created_later = "made inside function"

define_global()
print(created_later)
x = "global x"
def read_only():
    return x
print(read_only())
def nested_levels():
    a = 1
    def level1():
        b = 2
        def level2():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return level2()
    r = level1()
    return r, a
print(nested_levels())
