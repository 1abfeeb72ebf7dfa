"""Data classes (Kiln's dataclasses): the methods are closures over the field list, not
generated source."""

import copy as _copy

__all__ = ["FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "asdict", "astuple", "dataclass", "field", "fields", "is_dataclass", "make_dataclass", "replace"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only", "_init_var")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._init_var = False

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(t):
    if isinstance(t, str):
        return t.startswith("ClassVar") or t.startswith("typing.ClassVar")
    return getattr(t, "_kiln_classvar", False)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            cls = _add_slots(cls)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    """The class made again with `__slots__` of its fields (no instance `__dict__`)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(cls.__name__ + " already specifies __slots__")
    names = tuple(f.name for f in cls.__dataclass_fields__.values() if not _is_classvar_field(f))
    ns = dict(cls.__dict__)
    ns["__slots__"] = names
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def _is_classvar_field(f):
    return getattr(f, "_field_type", None) == "classvar"


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen)


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    dataclass_bases = False
    frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            dataclass_bases = True
            params = b.__dict__.get("__dataclass_params__")
            if params is not None and params.frozen:
                frozen_base = True
            for f in base_fields.values():
                all_fields[f.name] = f
    if dataclass_bases:
        if frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_params__ = _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen)
    anns = cls.__dict__.get("__annotations__", {})
    kw_mode = kw_only
    init_vars = {}
    for name, typ in anns.items():
        if typ is KW_ONLY or typ == "KW_ONLY":
            kw_mode = True
            continue
        if _is_classvar(typ):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(typ, InitVar) or typ is InitVar:
            # An init-only variable: an __init__ parameter handed to __post_init__.
            f = default if isinstance(default, Field) else field(default=default)
            f.name = name
            f.type = typ
            f._init_var = True
            if f.kw_only is MISSING:
                f.kw_only = kw_mode
            if isinstance(default, Field) or default is not MISSING:
                delattr(cls, name)
            init_vars[name] = f
            continue
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = typ
        if f.kw_only is MISSING:
            f.kw_only = kw_mode
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    flist = list(all_fields.values())
    cls.__dataclass_fields__ = all_fields
    qualname = cls.__qualname__
    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(flist, list(init_vars.values()), frozen, qualname)
    if repr_ and "__repr__" not in cls.__dict__:
        cls.__repr__ = _make_repr(flist)
    compare = [f.name for f in flist if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, n) for n in compare) == tuple(getattr(other, n) for n in compare)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        for opname in ("__lt__", "__le__", "__gt__", "__ge__"):
            if opname in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (opname, cls.__name__))
            setattr(cls, opname, _make_order(opname, compare))
    hashed = [f.name for f in flist if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None and not eq
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, n) for n in hashed))
        cls.__hash__ = __hash__
    elif eq and not has_own_hash and "__hash__" not in cls.__dict__ or (eq and cls.__dict__.get("__hash__", 0) is None):
        cls.__hash__ = None
    if frozen:
        names = set(all_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flist if f.init and not f.kw_only)
    return cls


def _make_init(flist, init_vars, frozen, qualname):
    init_fields = [f for f in flist if f.init] + init_vars
    init_var_names = [f.name for f in init_vars]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    later = [f for f in flist if not f.init and (f.default is not MISSING or f.default_factory is not MISSING)]
    where = qualname + ".__init__()"

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError("%s takes %d positional argument%s but %d were given"
                            % (where, len(positional) + 1, "" if not positional else "s", len(args) + 1))
        setter = object.__setattr__ if frozen else setattr
        extra = {}

        def store(obj, name, value):
            if name in init_var_names:
                extra[name] = value
            else:
                setter(obj, name, value)
        for f, v in zip(positional, args):
            if f.name in kwargs:
                raise TypeError("%s got multiple values for argument '%s'" % (where, f.name))
            store(self, f.name, v)
        missing = []
        for f in positional[len(args):] + keyword:
            if f.name in kwargs:
                v = kwargs.pop(f.name)
            elif f.default is not MISSING:
                v = f.default
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                missing.append(f)
                continue
            store(self, f.name, v)
        if kwargs:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (where, next(iter(kwargs))))
        if missing:
            kw = [f.name for f in missing if f.kw_only]
            pos = [f.name for f in missing if not f.kw_only]
            names, what = (pos, "positional") if pos else (kw, "keyword-only")
            if len(names) == 1:
                text = "'%s'" % names[0]
            else:
                text = ", ".join("'%s'" % n for n in names[:-1]) + " and '%s'" % names[-1]
            raise TypeError("%s missing %d required %s argument%s: %s"
                            % (where, len(names), what, "" if len(names) == 1 else "s", text))
        for f in later:
            store(self, f.name, f.default if f.default is not MISSING else f.default_factory())
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post(*[extra[n] for n in init_var_names])
    return __init__


def _make_repr(flist):
    shown = [f.name for f in flist if f.repr]
    # Objects whose repr is being built: a reference back to one shows as "...".
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            return self.__class__.__qualname__ + "(" + ", ".join(
                "%s=%r" % (n, getattr(self, n)) for n in shown) + ")"
        finally:
            active.discard(key)
    return __repr__


def _make_order(opname, compare):
    def key(obj):
        return tuple(getattr(obj, n) for n in compare)
    if opname == "__lt__":
        def op(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
    elif opname == "__le__":
        def op(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
    elif opname == "__gt__":
        def op(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
    else:
        def op(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
    return op


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    raise NotImplementedError("dataclasses.make_dataclass is not supported by Kiln")
