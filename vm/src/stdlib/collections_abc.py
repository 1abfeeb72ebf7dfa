"""Abstract base classes for containers (`collections.abc`), with their mixin methods.

Kiln has no metaclasses: `isinstance` and `issubclass` reach each ABC through the
class-level hooks `__class_instancecheck__` and `__class_subclasscheck__` (see
`Vm::class_hook`), which answer as CPython's `__subclasshook__`s and `register` do: the
one-method ABCs (`Iterable`, `Sized`, `Callable`, ...) check for the methods, the others
know the built-in types CPython registers and whatever `register()` added."""

from abc import ABC, abstractmethod
from collections import ChainMap, deque

__all__ = ["Callable", "Collection", "Container", "Generator", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Reversible", "Sequence", "Set", "Sized", "ValuesView"]

_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())
_UNHASHABLE = (list, dict, set, bytearray, _dict_keys, _dict_values, _dict_items)
# Built-in containers whose dunders Kiln's type objects do not all list.
_CONTAINERS = (range, bytes, bytearray, _dict_keys, _dict_values, _dict_items)


def _defines(cls, methods):
    for m in methods:
        if m == "__hash__":
            if issubclass(cls, _UNHASHABLE) or getattr(cls, "__hash__", None) is None:
                return False
        elif m == "__call__":
            if cls.__name__ in ("function", "builtin_function_or_method", "method", "type"):
                continue
            # In a class's own MRO: every class gets `type.__call__` as an attribute.
            if not any(m in k.__dict__ for k in cls.__mro__):
                return False
        elif getattr(cls, m, None) is None:
            return False
    return True


class _ABCBase(ABC):
    __slots__ = ()
    # Methods whose presence makes a class a virtual subclass (only for the ABC that
    # declares them, as CPython's `__subclasshook__` checks `cls is Iterable`).
    _kiln_methods = ()
    # Built-in types CPython registers with the ABC.
    _kiln_builtins = ()

    @classmethod
    def register(cls, subclass):
        super().register(subclass)
        kind = getattr(cls, "_kiln_match_kind", None)
        if kind is not None and isinstance(subclass, type) and "_kiln_match_kind" not in subclass.__dict__:
            # Sequence and mapping patterns match what is registered here.
            subclass._kiln_match_kind = kind
        return subclass

    @classmethod
    def __class_subclasscheck__(cls, sub):
        if sub is cls:
            return True
        for b in cls.__dict__.get("_kiln_builtins", ()):
            if issubclass(sub, b):
                return True
        methods = cls.__dict__.get("_kiln_methods", ())
        if methods and _defines(sub, methods):
            return True
        for r in cls.__dict__.get("_kiln_registered", ()):
            if issubclass(sub, r):
                return True
        return False


class Hashable(_ABCBase):
    __slots__ = ()
    _kiln_methods = ("__hash__",)

    @abstractmethod
    def __hash__(self):
        return 0


class Iterable(_ABCBase):
    __slots__ = ()
    _kiln_methods = ("__iter__",)
    _kiln_builtins = _CONTAINERS

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    __slots__ = ()
    _kiln_methods = ("__iter__", "__next__")

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    _kiln_methods = ("__reversed__", "__iter__")
    _kiln_builtins = (list, tuple, str, range, dict)

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    __slots__ = ()
    _kiln_methods = ("__iter__", "__next__", "send", "throw", "close")

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(_ABCBase):
    __slots__ = ()
    _kiln_methods = ("__len__",)
    _kiln_builtins = _CONTAINERS

    @abstractmethod
    def __len__(self):
        return 0


class Container(_ABCBase):
    __slots__ = ()
    _kiln_methods = ("__contains__",)
    _kiln_builtins = _CONTAINERS

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _kiln_methods = ("__len__", "__iter__", "__contains__")
    _kiln_builtins = _CONTAINERS


class Callable(_ABCBase):
    __slots__ = ()
    _kiln_methods = ("__call__",)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


class Set(Collection):
    __slots__ = ()
    _kiln_builtins = (frozenset, set, _dict_keys, _dict_items)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    __hash__ = None


class MutableSet(Set):
    __slots__ = ()
    _kiln_builtins = (set,)

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    __slots__ = ()
    _kiln_builtins = (dict, ChainMap)
    _kiln_match_kind = "mapping"

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)
    _kiln_builtins = (_dict_keys, _dict_values, _dict_items)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(MappingView, Set):
    __slots__ = ()
    _kiln_builtins = (_dict_keys,)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _kiln_builtins = (_dict_items,)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()
    _kiln_builtins = (_dict_values,)

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    __slots__ = ()
    _kiln_builtins = (dict, ChainMap)

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    __slots__ = ()
    _kiln_methods = ()
    _kiln_builtins = (tuple, str, range, list, bytes, bytearray, deque)
    _kiln_match_kind = "sequence"

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    __slots__ = ()
    _kiln_builtins = (list, bytearray, deque)

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self
