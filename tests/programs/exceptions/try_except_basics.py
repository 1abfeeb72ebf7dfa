def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("  caught:", e)
        return None
    else:
        print("  no error")
        return result
    finally:
        print("  finally for", a, b)

print(safe_div(10, 4))
print(safe_div(1, 0))

def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError as e:
            print("  bad:", e)
        except TypeError as e:
            print("  type:", e)
    return out

print(parse_all(["1", "x", "22", None, "3.5", "-4"]))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple of types:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class catch:", type(e).__name__, e)
try:
    raise RuntimeError("plain")
except Exception:
    print("caught without binding")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handler, re-raising")
        raise
except ZeroDivisionError as e:
    print("outer got:", e)
