class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} (error={exc_type.__name__ if exc_type else None})")
        return False

with Resource("db") as r:
    print("using", r.name)

try:
    with Resource("file") as f:
        print("about to fail")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("propagated:", e)

with Resource("a") as a, Resource("b") as b:
    print("both open:", a.name, b.name)

def use_in_function():
    with Resource("fn") as r:
        return f"returned while {r.name} open"

print(use_in_function())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
