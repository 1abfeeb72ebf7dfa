"""Higher-order functions (Kiln's functools)."""

__all__ = ["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cached_property", "cmp_to_key", "lru_cache", "partial", "reduce", "singledispatch", "total_ordering", "update_wrapper", "wraps"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @property
    def hits(self):
        return self[0]

    @property
    def misses(self):
        return self[1]

    @property
    def maxsize(self):
        return self[2]

    @property
    def currsize(self):
        return self[3]

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


_kw_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kw_mark,) + tuple(kwds.items())
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _LruWrapper(func, maxsize, typed):
    """The cached function: a closure (calls through it are plain function calls), with
    cache_info, cache_clear and cache_parameters as attributes. Without keywords and
    `typed`, the key is the argument tuple itself."""
    cache = {}
    hits = 0
    misses = 0

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        key = _make_key(args, kwds, typed) if kwds or typed else args
        if key in cache:
            hits += 1
            if maxsize is None:
                return cache[key]
            # Most recently used last.
            value = cache.pop(key)
            cache[key] = value
            return value
        misses += 1
        value = func(*args, **kwds)
        if maxsize is None:
            cache[key] = value
        elif maxsize > 0 and key not in cache:
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = value
        return value

    def cache_info():
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = 0
        misses = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    update_wrapper(wrapper, func)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without arguments.
        return _LruWrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _LruWrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _LruWrapper(user_function, None, False)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = "__lt__" if "__lt__" in defined else defined[0]
    if root == "__lt__":
        derived = {
            "__gt__": lambda self, other: _flip(self.__lt__(other), self, other),
            "__le__": lambda self, other: _or_eq(self.__lt__(other), self, other),
            "__ge__": lambda self, other: _not(self.__lt__(other)),
        }
    elif root == "__le__":
        derived = {
            "__ge__": lambda self, other: _flip_le(self.__le__(other), self, other),
            "__lt__": lambda self, other: _and_ne(self.__le__(other), self, other),
            "__gt__": lambda self, other: _not(self.__le__(other)),
        }
    elif root == "__gt__":
        derived = {
            "__lt__": lambda self, other: _flip(self.__gt__(other), self, other),
            "__ge__": lambda self, other: _or_eq(self.__gt__(other), self, other),
            "__le__": lambda self, other: _not(self.__gt__(other)),
        }
    else:
        derived = {
            "__le__": lambda self, other: _flip_le(self.__ge__(other), self, other),
            "__gt__": lambda self, other: _and_ne(self.__ge__(other), self, other),
            "__lt__": lambda self, other: _not(self.__ge__(other)),
        }
    for name, method in derived.items():
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


def _not(r):
    if r is NotImplemented:
        return r
    return not r


def _flip(r, a, b):
    # not (a < b) and a != b: a > b from a < b
    if r is NotImplemented:
        return r
    return not r and a != b


def _or_eq(r, a, b):
    if r is NotImplemented:
        return r
    return r or a == b


def _flip_le(r, a, b):
    if r is NotImplemented:
        return r
    return not r or a == b


def _and_ne(r, a, b):
    if r is NotImplemented:
        return r
    return r and a != b


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        d = instance.__dict__
        name = self.attrname
        if name in d:
            return d[name]
        value = self.func(instance)
        d[name] = value
        return value


def singledispatch(func):
    """Dispatches on the type of the first argument: the implementation registered for
    the nearest class in its MRO, else func."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            # `@fn.register` with an annotated first parameter.
            f = cls
            anns = getattr(f, "__annotations__", {})
            if not anns:
                raise TypeError("Invalid first argument to `register()`: %r. Use either `@register(some_class)` or plain `@register` on an annotated function." % (f,))
            cls = list(anns.values())[0]
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % getattr(func, "__name__", "singledispatch function"))
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
