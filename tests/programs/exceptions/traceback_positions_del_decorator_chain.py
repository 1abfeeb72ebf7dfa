# Where tracebacks point: del statements (with carets), a raising decorator (its own
# line), and a method chain split over lines (the method's line).
import sys
import traceback


class _HidePath:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, "FILE"))

    def flush(self):
        self.stream.flush()


sys.stdout = _HidePath(sys.stdout)


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)


def del_key():
    d = {"a": 1}
    del d["b"]


def del_index():
    items = [1, 2]
    del items[5]


def del_attr():
    class Box:
        pass
    b = Box()
    del b.missing


def bad_decorator(fn):
    raise TypeError("decorator refuses " + fn.__name__)


def decorated():
    @bad_decorator
    def handler():
        pass


def chain():
    text = ("  Mixed Case  "
            .strip()
            .lower()
            .no_such_method())
    return text


class Account:
    def withdraw(self, amount):
        return 100 / amount


def chain_call():
    acct = Account()
    return (acct
            .withdraw(0))


for f in (del_key, del_index, del_attr, decorated, chain, chain_call):
    show(f)
