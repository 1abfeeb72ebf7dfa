# gc: the garbage collector interface. Kiln's collector is a tracing one that runs on
# its own schedule; there are no reference counts and no generations, so collect()
# finds nothing a program could observe (no finalizers run) and reports 0.
__all__ = ["collect", "enable", "disable", "isenabled", "get_count", "get_threshold", "set_threshold", "freeze", "unfreeze", "get_freeze_count", "is_tracked", "garbage", "callbacks"]

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'" + type(generation).__name__ + "' object cannot be interpreted as an integer")
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t1 = _threshold[1] if threshold1 is None else threshold1
    t2 = _threshold[2] if threshold2 is None else threshold2
    _threshold = (threshold0, t1, t2)


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))
