# Class-body annotations are evaluated in the class scope, which sees the enclosing
# function's locals (dataclasses defined inside main()).
from dataclasses import dataclass


def main():
    T = int

    class A:
        x: T = 1
        y: "T"

    print(A.x, A.__annotations__)

    @dataclass
    class Item:
        name: str

    @dataclass
    class Order:
        items: list[Item]

    print(Order([Item("a")]))
    m = __import__("math")
    print(m.sqrt(16), __import__("os.path", fromlist=["join"]).join("a", "b"))

    class P:
        @property
        def x(self):
            "the x"
            return 1

    print(P.x.__doc__, list(enumerate(iterable="ab", start=1)))
    e = ValueError("bad value")
    e.add_note("while parsing line 3")
    print(e.__notes__)
    raise e


main()
