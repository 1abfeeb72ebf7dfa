def documented(a, b=2):
    "Adds two numbers."
    return a + b

print(documented.__name__, documented.__doc__)
print(documented(1), callable(documented), callable(5))
f = documented
print(f is documented, f(10, 20))
def outer():
    def inner():
        return "inner result"
    return inner
g = outer()
print(g.__name__, g())
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
for name, fn in funcs.items():
    print(name, fn(21))
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))
def multi():
    return 1, "two", [3]
print(multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
