class StringWriter:
    def __init__(self):
        self.parts = []
        self.closed = False

    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed writer")
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

with StringWriter() as w:
    for i in range(3):
        w.write(f"line {i}\n")
    n = w.write("end")
print(n, w.closed)
print(w.getvalue())
try:
    w.write("late")
except ValueError as e:
    print("ValueError:", e)

class closing:
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *exc):
        self.thing.close()
        print("closed via helper")

w2 = StringWriter()
with closing(w2) as ww:
    ww.write("hello")
print(w2.closed, w2.getvalue())
