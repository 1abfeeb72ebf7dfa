"""Type hints (Kiln's typing): the names programs import, enough for annotations and
isinstance checks against the plain classes; no static checking."""

import collections as _collections

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Counter", "DefaultDict", "Deque", "Dict", "Final", "FrozenSet", "Generator", "Generic", "Hashable", "Iterable", "Iterator", "List", "Literal", "Mapping", "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "NewType", "NoReturn", "Optional", "OrderedDict", "Protocol", "Sequence", "Set", "Sized", "Tuple", "Type", "TypeVar", "TypedDict", "Union", "cast", "final", "get_args", "get_origin", "get_type_hints", "no_type_check", "overload", "runtime_checkable", "TYPE_CHECKING"]

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
        origin = self.__origin__
        if origin is Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return "typing.Optional[%s]" % name(other)
            return "typing.Union[%s]" % ", ".join("NoneType" if a is type(None) else name(a) for a in args)
        text = name(origin) if isinstance(origin, type) else repr(origin)
        return "%s[%s]" % (text, ", ".join(name(a) for a in self.__args__))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        raise TypeError("Cannot subclass %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        if self.__origin__ is Union:
            return any(isinstance(obj, a) for a in self.__args__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self.__origin__ is Union:
            return any(issubclass(cls, a) for a in self.__args__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __eq__(self, other):
        if self.__origin__ is Union and type(other).__name__ == "UnionType":
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias) or self.__origin__ is not other.__origin__:
            return False
        if self.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((id(self.__origin__), self.__args__))


class _Special:
    """A bare special form or abstract collection (`Any`, `Optional`, `Iterable`)."""


    def __init__(self, name, origin=None):
        self._name = name
        self._origin = origin
        self._kiln_classvar = name == "ClassVar"

    def __getitem__(self, params):
        params = params if isinstance(params, tuple) else (params,)
        if self is Optional:
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return Union[params[0], None]
        if self is Union:
            # Flattened, None as NoneType, repeats dropped; one type alone is itself.
            args = []
            for p in params:
                if p is None:
                    p = type(None)
                inner = p.__args__ if isinstance(p, _Alias) and p.__origin__ is Union else (p,)
                for a in inner:
                    if a not in args:
                        args.append(a)
            if len(args) == 1:
                return args[0]
            return _Alias(self, tuple(args))
        return _Alias(self, params)

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

    def __class_getitem__(cls, params):
        return _Alias(cls, params if isinstance(params, tuple) else (params,))


_PROTOCOL_SKIP = frozenset({"__module__", "__qualname__", "__doc__", "__annotations__", "__dict__",
                            "__weakref__", "__slots__", "__init__", "__init_subclass__",
                            "__class_getitem__", "__parameters__", "__orig_bases__",
                            "__subclasshook__", "__abstractmethods__", "_is_protocol",
                            "_is_runtime_protocol", "__protocol_attrs__", "__class_instancecheck__",
                            "__class_subclasscheck__", "__non_callable_proto_members__", "_structural"})


class Protocol(Generic):
    """Structural types: with @runtime_checkable, isinstance() checks that an object has
    every member the protocol defines (methods, properties, annotated attributes)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        cls._is_protocol = Protocol in cls.__bases__ or any(
            b is not Protocol and b.__dict__.get("_is_protocol", False) and issubclass(b, Protocol)
            for b in cls.__bases__)
        if not cls._is_protocol:
            return
        attrs = []
        for base in reversed(cls.__mro__):
            if base is Protocol or base is Generic or base is object or not base.__dict__.get("_is_protocol", False):
                continue
            for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
                if name not in _PROTOCOL_SKIP and not name.startswith("_abc_") and name not in attrs:
                    attrs.append(name)
        cls.__protocol_attrs__ = attrs

    def _structural(cls, klass):
        # None: decided by the MRO (nominal); else whether to check the members.
        if cls in klass.__mro__:
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return False
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return None

    def __class_instancecheck__(cls, obj):
        nominal = Protocol._structural(cls, type(obj))
        if nominal is not None:
            return nominal
        for name in cls.__protocol_attrs__:
            if not hasattr(obj, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(obj, name) is None:
                return False
        return True

    def __class_subclasscheck__(cls, other):
        nominal = Protocol._structural(cls, other)
        if nominal is not None:
            return nominal
        for name in cls.__protocol_attrs__:
            if not callable(getattr(cls, name, None)):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        for name in cls.__protocol_attrs__:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get("_is_protocol", False)):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
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


def get_origin(tp):
    if isinstance(tp, _Alias):
        origin = tp.__origin__
        return origin._origin if isinstance(origin, _Special) and origin._origin is not None else origin
    if type(tp).__name__ == "UnionType":
        import types
        return types.UnionType
    return getattr(tp, "__origin__", None) if type(tp).__name__ == "GenericAlias" else None


def get_args(tp):
    if isinstance(tp, _Alias):
        args = tp.__args__
        if tp.__origin__ is Callable and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    if type(tp).__name__ in ("UnionType", "GenericAlias"):
        return tp.__args__
    return ()


class NamedTuple(tuple):
    """`class P(NamedTuple): x: int; y: int = 0` makes P a named tuple of its
    annotated fields."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            # `NamedTuple("Point", [("x", int), ("y", int)])`, or with keyword fields.
            if not args or not isinstance(args[0], str):
                raise TypeError("NamedTuple() takes a name and a list of (name, type) fields")
            fields = list(args[1]) if len(args) > 1 else list(kwargs.items())
            made = _collections.namedtuple(args[0], [f for f, _ in fields])
            made.__annotations__ = dict(fields)
            return made
        return tuple.__new__(cls, *args, **kwargs)

    def __init_subclass__(cls, **kwargs):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = [cls.__dict__[f] for f in fields if f in cls.__dict__]
        made = _collections.namedtuple(cls.__name__, fields, defaults=defaults or None)
        for name in ("__new__", "__repr__", "_asdict", "_replace", "_make", "__getnewargs__", "_fields", "_field_defaults"):
            setattr(cls, name, made.__dict__[name])
        for f in fields:
            setattr(cls, f, made.__dict__[f])


class TypedDict(dict):
    """`class Movie(TypedDict): title: str` (or `TypedDict("Movie", {"title": str})`):
    calling it makes a plain dict."""

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            if not args or not isinstance(args[0], str):
                raise TypeError("TypedDict() takes a name and a dict of fields")
            fields = dict(args[1]) if len(args) > 1 else dict(kwargs)
            return type(args[0], (TypedDict,), {"__annotations__": fields, "__total__": total,
                                                "_kiln_total": total})
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        total = cls.__dict__.get("_kiln_total", total)
        own = cls.__dict__.get("__annotations__", {})
        anns = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            anns.update(getattr(base, "__annotations__", {}) if base is not TypedDict else {})
            required |= getattr(base, "__required_keys__", set())
            optional |= getattr(base, "__optional_keys__", set())
        anns.update(own)
        for k in own:
            (required if total else optional).add(k)
        cls.__annotations__ = anns
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)

