"""Enumerations (Kiln's enum). Kiln has no metaclasses: a subclass's members are made by
`__init_subclass__`, and iterating, measuring and testing membership of the class go
through Kiln's class-level hooks (`__class_iter__`, `__class_len__`,
`__class_contains__`) and `__class_getitem__`."""

__all__ = ["Enum", "EnumMeta", "EnumType", "Flag", "IntEnum", "IntFlag", "StrEnum", "auto", "unique"]


class _Deferred:
    """Operators on `auto()` values in a class body (`W = R | G | B`): Kiln runs the
    body before it numbers the members, so the result is worked out afterwards."""

    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoOp(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoOp(lambda a, b: a + b, other, self)


def _resolve(v, done):
    if isinstance(v, auto):
        return done[id(v)]
    if isinstance(v, _AutoOp):
        return v.op(_resolve(v.a, done), _resolve(v.b, done))
    return v


class auto(_Deferred):
    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _AutoOp(_Deferred):
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class EnumType(type):
    pass


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __init_subclass__(cls, **kwargs):
        if issubclass(cls, (int, str)):
            # The data type comes before Enum in the MRO: Enum's lookup by value and its
            # display win, as CPython's EnumType arranges (IntEnum and StrEnum define
            # their own str and format).
            cls.__new__ = Enum.__dict__["__new__"]
            for method in ("__repr__", "__str__", "__format__"):
                for klass in cls.__mro__:
                    if method in klass.__dict__:
                        if klass is int or klass is str:
                            setattr(cls, method, Enum.__dict__[method])
                        break
        for base in cls.__mro__[1:]:
            if base.__dict__.get("_member_names_"):
                raise TypeError("<enum %r> cannot extend <enum %r>" % (cls.__name__, base.__name__))
        members = {}
        by_value = {}
        names = []
        resolved = {}
        for name, value in list(cls.__dict__.items()):
            if name.startswith("_") or callable(value) or isinstance(value, (property, classmethod, staticmethod)):
                continue
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            if isinstance(value, auto):
                auto_obj = value
                value = cls._generate_next_value_(name, 1, len(names), [members[n]._value_ for n in names])
                resolved[id(auto_obj)] = value
            elif isinstance(value, _AutoOp):
                value = _resolve(value, resolved)
            try:
                alias = by_value.get(value)
            except TypeError:
                alias = None
                for m in members.values():
                    if m._value_ == value:
                        alias = m
                        break
            if alias is not None:
                setattr(cls, name, alias)
                members[name] = alias
                continue
            if issubclass(cls, int):
                member = int.__new__(cls, value)
            elif issubclass(cls, str):
                member = str.__new__(cls, value)
            else:
                member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            init = cls.__dict__.get("__init__") or _find_init(cls)
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            setattr(cls, name, member)
            members[name] = member
            names.append(name)
            try:
                by_value[value] = member
            except TypeError:
                pass
        if members and "__init__" in cls.__dict__:
            # The members are made: a later `cls(value)` looks one up and must not run the
            # members' `__init__` again (CPython's EnumType.__call__ does not).
            cls.__init__ = Enum.__dict__["__init__"]
        cls._member_map_ = members
        if any(getattr(k, "_kiln_flag", False) for k in cls.__mro__):
            # Iteration and len() skip a Flag's zero and multi-bit members (CPython 3.11
            # treats them as aliases).
            names = [n for n in names if members[n]._value_ and members[n]._value_ & (members[n]._value_ - 1) == 0]
        cls._member_names_ = names
        cls._value2member_map_ = by_value
        cls.__members__ = dict(members)

    def __new__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return _functional(cls, value, names, module, qualname, type, start)
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:
            member = None
        if member is None:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    member = m
                    break
        if member is not None:
            return member
        if isinstance(value, cls):
            return value
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __class_setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % name)

    def __class_delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    def __class_iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __class_len__(cls):
        return len(cls._member_names_)

    def __class_repr__(cls):
        return "<enum %r>" % cls.__name__

    def __class_contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_
        return any(m._value_ == value for m in cls._member_map_.values())

    @property
    def name(self):
        return self._name_

    @name.setter
    def name(self, v):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @property
    def value(self):
        return self._value_

    @value.setter
    def value(self, v):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_type = type


def _functional(cls, name, names, module, qualname, mixin, start):
    # `Enum("Color", "RED GREEN")`, a list of names or of (name, value) pairs, or a
    # mapping: a new class, as if its members had been written in a class body.
    if getattr(cls, "_member_names_", None):
        raise TypeError("%s: cannot extend enumeration %r" % (name, cls.__name__))
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, dict):
        items = list(names.items())
    else:
        names = list(names)
        if names and isinstance(names[0], str):
            items = []
            for i, n in enumerate(names):
                items.append((n, cls._generate_next_value_(n, start, i, [v for _, v in items])))
        else:
            items = [(n, v) for n, v in names]
    ns = {"__qualname__": qualname or name, "__module__": module or "__main__"}
    for n, v in items:
        ns[n] = v
    bases = (cls,) if mixin is None else (mixin, cls)
    return _type(name, bases, ns)


def _find_init(cls):
    for klass in cls.__mro__:
        if klass is Enum or klass is int or klass is str or klass is object:
            return None
        init = klass.__dict__.get("__init__")
        if init is not None:
            return init
    return None


class IntEnum(int, Enum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    __hash__ = int.__hash__


class StrEnum(str, Enum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return str.__format__(str(self), spec)

    __hash__ = str.__hash__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    def __class_repr__(cls):
        return "<flag %r>" % cls.__name__

    _kiln_flag = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        high = 0
        for v in last_values:
            high = max(high, v)
        return 1 if not high else 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int) and value >= 0 and value & ~_all_bits(cls) == 0:
            return _compose(cls, value)
        return None

    def _other(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return _compose(type(self), self._value_ | v)

    def __and__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return _compose(type(self), self._value_ & v)

    def __xor__(self, other):
        v = self._other(other)
        if v is None:
            return NotImplemented
        return _compose(type(self), self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return _compose(type(self), _all_bits(type(self)) & ~self._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(_bits_of(type(self), self._value_))

    def __len__(self):
        return len(_bits_of(type(self), self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, Flag):
    # int comes before Flag in the MRO: Flag's operators are named here.
    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__

    @classmethod
    def _missing_(cls, value):
        # IntFlag keeps bits no member names (CPython's KEEP boundary).
        if isinstance(value, int):
            return _compose(cls, value)
        return None

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    __hash__ = int.__hash__


def _all_bits(cls):
    bits = 0
    for m in cls._member_map_.values():
        bits |= m._value_
    return bits


def _bits_of(cls, value):
    """The single-bit members whose bit is in value, in definition order."""
    out = []
    for name in cls._member_names_:
        m = cls._member_map_[name]
        v = m._value_
        if v and v & (v - 1) == 0 and value & v == v:
            out.append(m)
    return out


def _compose(cls, value):
    """The member for value, or a new pseudo-member named by its bits (`R|W`)."""
    member = cls._value2member_map_.get(value)
    if member is not None:
        return member
    if issubclass(cls, int):
        member = int.__new__(cls, value)
    else:
        member = object.__new__(cls)
    known = _bits_of(cls, value)
    names = [m._name_ for m in known]
    rest = value
    for m in known:
        rest &= ~m._value_
    if rest and names:
        names.append(str(rest))
    member._name_ = "|".join(names) if names else None
    member._value_ = value
    cls._value2member_map_[value] = member
    return member


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
