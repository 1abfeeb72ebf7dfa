# sys.exc_info() inside and outside handlers, nested handlers and callees
import sys
print(sys.exc_info())
def handler():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None
try:
    raise ValueError("v")
except ValueError:
    print(handler(), sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        print(handler())
    print(handler())
print(sys.exc_info(), handler())
