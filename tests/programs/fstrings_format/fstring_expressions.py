data = {"apples": 3, "pears": 0, "plums": 12}
for fruit, count in data.items():
    print(f"{fruit.capitalize():<8} {count:>3} {'(none)' if count == 0 else '*' * count}")
matrix = [[1, 2, 3], [4, 5, 6]]
print(f"{[sum(r) for r in matrix]} {len(matrix)}x{len(matrix[0])}")
def greet(who, punct="!"):
    return f"Hello, {who}{punct}"
print(f"{greet('World')} {greet('Kiln', '?')}")
obj = {"nested": {"deep": [10, 20, 30]}}
print(f"{obj['nested']['deep'][1]}")
val = 0.1 + 0.2
print(f"{val} {val!r} {val:.17f} {val:.3}")
print(f"{'a' 'b'} {1_000:,}")
name = "x"
print(f"{name!r:>6}|{name:>6}|")
print(f"{(lambda q: q * 2)(21)}")
print(f"{3 if True else 4}")
s = f"{1}{2}{3}"
print(s, type(s).__name__, len(s))
print(f"result: {', '.join(str(i) for i in range(3))}")
