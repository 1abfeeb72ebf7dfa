# inspect.signature (functions, defaults, annotations, *args/**kw, keyword-only,
# positional-only, methods, classes, wrapped decorators), bind, and the is* helpers.
import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    pass


def annotated(x: int, y: str = "hi", *, flag: bool = False) -> list:
    """Do things.

        Indented detail.
    """


def posonly(a, b, /, c, *, d=1):
    pass


class Widget:
    def __init__(self, name, size=10):
        self.name = name

    def resize(self, factor, *, clamp=True):
        return factor

    @classmethod
    def make(cls, spec):
        return cls(spec)

    @staticmethod
    def helper(x, y=0):
        return x


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def greet(name, greeting="hello"):
    return greeting + " " + name


for f in (plain, annotated, posonly, Widget, Widget.resize, Widget("w").resize, Widget.make, Widget.helper, greet, lambda q, r=1: q):
    sig = inspect.signature(f)
    print(sig, [(p.name, str(p.kind), p.default is inspect.Parameter.empty) for p in sig.parameters.values()])
sig = inspect.signature(plain)
b = sig.bind(1, 2, 3, c=5, z=9)
print(b.arguments, b.args, b.kwargs)
b = sig.bind(1, c=3)
b.apply_defaults()
print(b.arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {"c": 1, "a": 3})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(annotated).return_annotation, inspect.signature(annotated).parameters["y"].annotation)
print(inspect.getdoc(annotated))
print(inspect.isfunction(plain), inspect.isclass(Widget), inspect.ismethod(Widget("w").resize), inspect.isfunction(Widget), inspect.isbuiltin(len))
print(inspect.isgeneratorfunction(plain), inspect.isgeneratorfunction(lambda: (yield)))
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)])
print(plain.__code__.co_argcount, plain.__code__.co_kwonlyargcount, plain.__code__.co_varnames[:6], plain.__code__.co_name)
