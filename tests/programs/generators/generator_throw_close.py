def worker():
    try:
        while True:
            try:
                job = yield
                print("processing", job)
            except ValueError as e:
                print("recovered from", repr(e))
    finally:
        print("worker shutting down")

w = worker()
next(w)
w.send("job1")
w.throw(ValueError("bad job"))
w.send("job2")
w.close()

def limited():
    yield 1
    yield 2
    yield 3

g = limited()
print(next(g))
g.close()
print(list(g))
def catcher():
    try:
        yield "ready"
    except KeyError as e:
        yield f"caught {e!r}"
c = catcher()
print(next(c))
print(c.throw(KeyError("k")))
