"""Shallow and deep copies (Kiln's copy)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex if False else int, str, type, range, type(len), type(lambda: 0), property)


def copy(x):
    cls = type(x)
    if cls in (list, dict, set):
        return cls.copy(x)
    if cls in _atomic or cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, _IMMUTABLE):
        return _rebuild_immutable(x, None)
    if isinstance(x, (list, dict, set)) and hasattr(x, "__dict__"):
        y = cls.__new__(cls)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        y.__dict__.update(x.__dict__)
        return y
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    slots = []
    for klass in cls.__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if name not in slots:
                slots.append(name)
    for name in slots:
        if name in ("__dict__", "__weakref__"):
            continue
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if memo is not None:
            value = deepcopy(value, memo)
        object.__setattr__(y, name, value)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        _keep_alive(x, memo)
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        _keep_alive(x, memo)
        return y
    if cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, y)):
            y = x
        else:
            y = tuple(y)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
        _keep_alive(x, memo)
        return y
    if cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
    elif isinstance(x, _IMMUTABLE):
        y = _rebuild_immutable(x, memo)
    elif isinstance(x, (list, dict, set)):
        y = _deep_subclass(x, memo)
    else:
        y = _reconstruct(x, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


_IMMUTABLE = (tuple, str, int, float, frozenset)


def _rebuild_immutable(x, memo):
    """A copy of an instance of a subclass of an immutable built-in type: its class's
    `__new__` with the arguments `__getnewargs__` gives (a namedtuple's fields) or the
    base value, then its attributes."""
    cls = type(x)
    if hasattr(x, "__getnewargs__"):
        args = tuple(x.__getnewargs__())
    else:
        base = [b for b in cls.__mro__ if b in _IMMUTABLE][0]
        args = (base(x),)
    if memo is not None:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(state if memo is None else deepcopy(state, memo))
    return y


def _deep_subclass(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) for a in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    else:
        y.update(deepcopy(a, memo) for a in x)
    state = getattr(x, "__dict__", None)
    if state:
        y.__dict__.update(deepcopy(state, memo))
    return y


def _keep_alive(x, memo):
    # The originals stay alive while the memo lives, so that their ids stay unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
