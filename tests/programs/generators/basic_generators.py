def countdown(n):
    print("start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

for v in countdown(3):
    print("got", v)
g = countdown(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration raised")
print(list(countdown(0)))

def squares(limit):
    for i in range(limit):
        yield i * i

print(list(squares(6)), sum(squares(4)), max(squares(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, "abcdef"))
def gen_return():
    yield 1
    return "finished"
    yield 2
print(list(gen_return()))
