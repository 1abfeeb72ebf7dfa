# SystemExit.code, and a property whose getter raises AttributeError falls back to __getattr__.
for e in [SystemExit(), SystemExit(3), SystemExit("msg"), SystemExit(1, 2)]:
    print(repr(e.code))


class P:
    @property
    def x(self):
        raise AttributeError("inner")

    y = property(None)

    def __getattr__(self, n):
        return "ga:" + n


class Q:
    @property
    def x(self):
        raise AttributeError("inner")

    y = property(None)


print(P().x, P().y)
for f in [lambda: Q().x, lambda: Q().y]:
    try:
        f()
    except AttributeError as e:
        print(e)
