"""Type hints (Kiln's typing): the names programs import, enough for annotations and
isinstance checks against the plain classes; no static checking."""

import collections as _collections

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Counter", "DefaultDict", "Deque", "Dict", "Final", "FrozenSet", "Generator", "Generic", "Hashable", "Iterable", "Iterator", "List", "Literal", "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "NewType", "NoReturn", "Optional", "OrderedDict", "Protocol", "Sequence", "Set", "Sized", "Tuple", "Type", "TypeVar", "TypedDict", "Union", "cast", "final", "get_type_hints", "no_type_check", "overload", "runtime_checkable", "TYPE_CHECKING"]

TYPE_CHECKING = False


class _Alias:
    """A subscripted form (`Optional[int]`, `Callable[[int], str]`)."""


    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self._kiln_classvar = origin is ClassVar

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                module = getattr(a, "__module__", "builtins")
                return a.__qualname__ if module == "builtins" else module + "." + a.__qualname__
            if a is None or a is type(None):
                return "None"
            if isinstance(a, list):
                return "[" + ", ".join(name(x) for x in a) + "]"
            return repr(a)
        return "%r[%s]" % (self.__origin__, ", ".join(name(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _Alias) and self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))


class _Special:
    """A bare special form or abstract collection (`Any`, `Optional`, `Iterable`)."""


    def __init__(self, name, origin=None):
        self._name = name
        self._origin = origin
        self._kiln_classvar = name == "ClassVar"

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        if self._origin is None:
            raise TypeError("Cannot instantiate typing.%s" % self._name)
        return self._origin(*args, **kwargs)

    def __instancecheck__(self, obj):
        raise TypeError("typing.%s cannot be used with isinstance()" % self._name)


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Container = _Special("Container")
Collection = _Special("Collection")
Reversible = _Special("Reversible")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AnyStr = _Special("AnyStr")
List = list
Dict = dict
Tuple = tuple
Set = set
FrozenSet = frozenset
Type = type
Text = str
DefaultDict = _collections.defaultdict
Counter = _collections.Counter
Deque = _collections.deque
OrderedDict = _collections.OrderedDict
ChainMap = _collections.ChainMap


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


class Generic:
    __slots__ = ()


class Protocol:
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. "
                                  "A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def cast(typ, val):
    return val


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(klass.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


class NamedTuple(tuple):
    """`class P(NamedTuple): x: int; y: int = 0` makes P a named tuple of its
    annotated fields."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = [cls.__dict__[f] for f in fields if f in cls.__dict__]
        made = _collections.namedtuple(cls.__name__, fields, defaults=defaults or None)
        for name in ("__new__", "__repr__", "_asdict", "_replace", "_make", "__getnewargs__", "_fields", "_field_defaults"):
            setattr(cls, name, made.__dict__[name])
        for f in fields:
            setattr(cls, f, made.__dict__[f])


class TypedDict(dict):
    """`class Movie(TypedDict): title: str`: its instances are dicts."""

