# types for Kiln: the names of the built-in types, SimpleNamespace and
# MappingProxyType.

import sys

__all__ = ["SimpleNamespace", "MappingProxyType", "FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType", "GeneratorType", "ModuleType", "NoneType", "new_class", "UnionType", "GenericAlias"]


def _f():
    pass


def _g():
    yield


class _C:
    def m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
MethodType = type(_C().m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
ModuleType = type(sys)
UnionType = type(int | str)
GenericAlias = type(list[int])
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


_repr_running = set()


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            items = mapping_or_iterable.items() if hasattr(mapping_or_iterable, "items") else mapping_or_iterable
            for k, v in items:
                setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        cls = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return "%s(...)" % cls
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (cls, ", ".join(parts))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __or__(self, other):
        return dict(self._m) | dict(other)

    def __eq__(self, other):
        return self._m == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns, **(kwds or {}))
