def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))

def describe(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(describe())
print(describe(1, 2, x=3))
print(describe(*[4, 5], **{"y": 6, "z": 7}))

def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset

print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=-1, scale=2))

def mixed(a, b=2, *rest, flag=False, **opts):
    return (a, b, rest, flag, opts)

print(mixed(1))
print(mixed(1, 3, 5, 7, flag=True, color="red"))

def append_default(v, acc=None):
    if acc is None:
        acc = []
    acc.append(v)
    return acc

print(append_default(1), append_default(2))

def mutable_default(v, acc=[]):
    acc.append(v)
    return acc

print(mutable_default(1), mutable_default(2))
args = (10, 20)
print(greet(*["Eve"]), max(*args), "{}-{}".format(*args))
