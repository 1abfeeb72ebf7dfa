class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            print("suppressed", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after with, caught:", repr(s.caught))

with Suppress(ZeroDivisionError, ValueError):
    int("bad")
print("continuing")

try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", type(e).__name__, e)

with Suppress(Exception) as s2:
    pass
print("no exception:", s2.caught)
