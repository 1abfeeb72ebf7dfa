# dir() without arguments: the sorted names of the current scope
def f(a, b=2):
    c = 3
    return dir()
print(f(1))
x = 1
print([n for n in dir() if not n.startswith("__")])
class K:
    y = 2
    print(dir())
