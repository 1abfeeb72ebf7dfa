def gen():
    print("before first yield")
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)

g = gen()
print("created")
print(next(g))
print(g.send("hello"))
try:
    g.send("world")
except StopIteration:
    print("exhausted")
try:
    next(g)
except StopIteration:
    print("still exhausted")

def numbered(items):
    for i, item in enumerate(items, 1):
        yield f"{i}. {item}"

for line in numbered(["eggs", "milk", "bread"]):
    print(line)
it = iter(numbered("xy"))
print(iter(it) is it, next(it), next(it, "default"), next(it, "default"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
wf = with_finally()
for v in wf:
    print("value", v)
    break
print("after break")
wf.close()
print("after close")
