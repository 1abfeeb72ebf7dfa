def run(case):
    events = []
    try:
        events.append("try")
        if case == "raise":
            raise ValueError("v")
        if case == "return":
            return events
    except ValueError:
        events.append("except")
    else:
        events.append("else")
    finally:
        events.append("finally")
    events.append("after")
    return events

for case in ["normal", "raise", "return"]:
    print(case, run(case))

def else_raises():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise KeyError("from else")

try:
    else_raises()
except KeyError as e:
    print("KeyError escaped else:", e)

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally still runs")

try:
    handler_raises()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))
e_var = "before"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
try:
    print(e_var)
except NameError:
    print("except target is deleted after the handler")
