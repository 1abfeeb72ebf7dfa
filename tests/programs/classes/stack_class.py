class EmptyStackError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

def evaluate_rpn(expr):
    s = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            s.push(float(tok))
    return s.pop()

s = Stack()
print(bool(s), len(s), s.peek())
for x in "abc":
    s.push(x)
print(s, len(s), s.peek(), bool(s))
while s:
    print("popped", s.pop())
try:
    s.pop()
except EmptyStackError as e:
    print("error:", e)
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 2 /"]:
    print(e, "=", evaluate_rpn(e))
