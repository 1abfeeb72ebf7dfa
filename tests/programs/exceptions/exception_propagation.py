def level3(x):
    print("  level3 start", x)
    if x < 0:
        raise ValueError(f"negative: {x}")
    print("  level3 end")
    return x * 2

def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("  level2 finally")

def level1(x):
    try:
        return level2(x)
    except KeyError:
        print("  wrong handler")
        return None

for x in [5, -1]:
    try:
        print("result", level1(x))
    except ValueError as e:
        print("top caught", e)

def gen_raises():
    yield 1
    raise RuntimeError("inside generator")

try:
    for v in gen_raises():
        print("gen value", v)
except RuntimeError as e:
    print("caught from generator:", e)

def cleanup_order():
    order = []
    try:
        try:
            order.append("try")
            raise TypeError("x")
        finally:
            order.append("inner finally")
    except TypeError:
        order.append("handler")
    finally:
        order.append("outer finally")
    return order
print(cleanup_order())
