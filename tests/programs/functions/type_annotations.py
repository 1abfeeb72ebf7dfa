from __future__ import annotations

def area(width: float, height: float = 1.0) -> float:
    return width * height

class Stack:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def push(self, v: int) -> Stack:
        self.items.append(v)
        return self

    def peek(self) -> int | None:
        return self.items[-1] if self.items else None

count: int = 0
name: str
ratio: float = 0.5
print(area(3, 4), area(2.5), count, ratio)
s = Stack().push(1).push(2)
print(s.items, s.peek(), Stack().peek())
def untyped(x, y: "SomeFutureType") -> "Whatever":
    return x, y
print(untyped(1, 2))
values: dict[str, list[int]] = {"a": [1]}
print(values)
