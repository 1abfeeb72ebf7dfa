"""Data classes. As in CPython, `__init__`, `__repr__`, `__eq__`, the order methods and
`__hash__` are generated as source text and compiled with `exec`, so they run as fast as
hand-written methods, and argument errors and tracebacks (`File "<string>", line N, in
__init__`) read as CPython's."""

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


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _create_fn(name, args, body, qualname, local_ns):
    # `qualname` None leaves the function's own (`__create_fn__.<locals>.NAME`).
    # The same text layout as CPython's: line 1 the wrapper that binds `local_ns`, line 2
    # the method's `def`, its body from line 3, so traceback line numbers agree.
    txt = " def %s(%s):\n%s" % (name, ",".join(args), "\n".join("  " + b for b in body))
    txt = "def __create_fn__(%s):\n%s\n return %s" % (", ".join(local_ns), txt, name)
    ns = {}
    exec(txt, ns)
    fn = ns["__create_fn__"](**local_ns)
    if qualname is not None:
        fn.__qualname__ = qualname + "." + name
    return fn


def _tuple_str(obj_name, names):
    if not names:
        return "()"
    return "(" + ",".join(obj_name + "." + n for n in names) + ",)"


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
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
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = tuple(f.name for f in cls.__dataclass_fields__.values()
                  if not _is_classvar_field(f) and f.name not in inherited)
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


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    # Fields and init-only variables in declaration order (the __init__ parameters').
    ordered = {}
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
                ordered[f.name] = f
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
            ordered[name] = f
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
        ordered[name] = f
    flist = list(all_fields.values())
    cls.__dataclass_fields__ = all_fields
    qualname = cls.__qualname__
    qualname = cls.__qualname__
    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(list(ordered.values()), frozen, slots, hasattr(cls, "__post_init__"), qualname)
    if repr_ and "__repr__" not in cls.__dict__:
        cls.__repr__ = _make_repr(flist, qualname)
    compare = [f.name for f in flist if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        cls.__eq__ = _create_fn("__eq__", ("self", "other"), [
            "if other.__class__ is self.__class__:",
            " return %s==%s" % (_tuple_str("self", compare), _tuple_str("other", compare)),
            "return NotImplemented"], qualname, {})
    if order:
        for opname, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if opname in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (opname, cls.__name__))
            setattr(cls, opname, _create_fn(opname, ("self", "other"), [
                "if other.__class__ is self.__class__:",
                " return %s%s%s" % (_tuple_str("self", compare), op, _tuple_str("other", compare)),
                "return NotImplemented"], qualname, {}))
    hashed = [f.name for f in flist if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None and not eq
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _create_fn("__hash__", ("self",), [
            "return hash(%s)" % _tuple_str("self", hashed)], qualname, {})
    elif eq and not has_own_hash and "__hash__" not in cls.__dict__ or (eq and cls.__dict__.get("__hash__", 0) is None):
        cls.__hash__ = None
    if frozen:
        names = "(" + "".join(repr(n) + "," for n in all_fields) + ")"
        frozen_ns = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
        cls.__setattr__ = _create_fn("__setattr__", ("self", "name", "value"), [
            "if type(self) is cls or name in %s:" % names,
            ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
            "super(cls, self).__setattr__(name, value)"], qualname, frozen_ns)
        cls.__delattr__ = _create_fn("__delattr__", ("self", "name"), [
            "if type(self) is cls or name in %s:" % names,
            ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
            "super(cls, self).__delattr__(name)"], qualname, frozen_ns)
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flist if f.init and not f.kw_only)
    return cls


def _make_init(ordered, frozen, slots, has_post_init, qualname):
    init_fields = [f for f in ordered if f.init]
    seen_default = False
    for f in init_fields:
        if f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    self_name = "__dataclass_self__" if "self" in [f.name for f in ordered] else "self"
    local_ns = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                "__dataclass_builtins_object__": object}

    def param(f):
        if f.default_factory is not MISSING:
            return f.name + "=_HAS_DEFAULT_FACTORY"
        if f.default is not MISSING:
            return f.name + "=_dflt_" + f.name
        return f.name

    body = []
    for f in ordered:
        dflt = "_dflt_" + f.name
        if f.default_factory is not MISSING:
            local_ns[dflt] = f.default_factory
            if f.init:
                value = "%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (dflt, f.name, f.name)
            else:
                value = dflt + "()"
        elif f.init:
            if f.default is not MISSING:
                local_ns[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            local_ns[dflt] = f.default
            value = dflt
        else:
            continue
        if f._init_var:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s,"%s",%s)' % (self_name, f.name, value))
        else:
            body.append("%s.%s=%s" % (self_name, f.name, value))
    if has_post_init:
        body.append("%s.__post_init__(%s)" % (self_name, ",".join(f.name for f in ordered if f._init_var)))
    if not body:
        body = ["pass"]
    args = [self_name] + [param(f) for f in init_fields if not f.kw_only]
    kw = [param(f) for f in init_fields if f.kw_only]
    if kw:
        args += ["*"] + kw
    return _create_fn("__init__", args, body, qualname, local_ns)


def _make_repr(flist, qualname):
    shown = [f.name for f in flist if f.repr]
    # Objects whose repr is being built: a reference back to one shows as "...".
    active = set()
    text = "return self.__class__.__qualname__ + f\"(" + ", ".join(
        "%s={self.%s!r}" % (n, n) for n in shown) + ")\""
    inner = _create_fn("__repr__", ("self",), [text], None, {})

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            return inner(self)
        finally:
            active.discard(key)
    __repr__.__qualname__ = qualname + ".__repr__"
    __repr__.__wrapped__ = inner
    return __repr__


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
