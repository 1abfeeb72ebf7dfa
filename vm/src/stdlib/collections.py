"""Container types (Kiln's collections): defaultdict, Counter, OrderedDict, deque,
namedtuple, ChainMap, UserDict, UserList and UserString."""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple"]

_sorted = sorted
_len = len

# Containers whose repr is being built: a reference back to one shows as CPython's
# placeholder instead of recursing.
_repr_running = set()


def _guarded_repr(obj, make, placeholder):
    key = id(obj)
    if key in _repr_running:
        return placeholder
    _repr_running.add(key)
    try:
        return make()
    finally:
        _repr_running.discard(key)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        if self.default_factory is None:
            f = "None"
        elif isinstance(self.default_factory, type):
            f = repr(self.default_factory)
        else:
            f = repr(self.default_factory)
        return "%s(%s, %s)" % (type(self).__name__, f, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = _sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return "%s()" % name
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (name, d)

    def _combine(self, other, op):
        """A new Counter of op(count here, count there) for every element, keeping the
        positive counts (an element only in other counts 0 here)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = op(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = op(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, _add)

    def __sub__(self, other):
        return self._combine(other, _sub)

    def __or__(self, other):
        return self._combine(other, _max)

    def __and__(self, other):
        return self._combine(other, _min)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _max(a, b):
    return b if a < b else a


def _min(a, b):
    return a if a < b else b


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self[key]
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
        else:
            rest = [(k, v) for k, v in self.items() if k != key]
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return "%s()" % name
        return _guarded_repr(self, lambda: "%s(%r)" % (name, list(self.items())), "...")

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __reversed__(self):
        return reversed(list(self))


class deque:
    """A double-ended queue: items in a list from position _head on (popleft moves
    _head; the list is compacted when half of it is dead)."""

    # Sequence patterns (`case [a, b]:`) match a deque, as in CPython.
    _kiln_match_kind = "sequence"

    __slots__ = ("_items", "_head", "_maxlen")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        deque.extend(self, iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and _len(self._items) - self._head > self._maxlen:
            deque.popleft(self)

    def appendleft(self, x):
        h = self._head
        if not h:
            # Room in front for as many items again as there are (amortized O(1)).
            items = self._items
            h = _len(items) + 8
            items[:0] = [None] * h
        h -= 1
        self._items[h] = x
        self._head = h
        if self._maxlen is not None and _len(self._items) - self._head > self._maxlen:
            deque.pop(self)

    def pop(self):
        if _len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if _len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        h = self._head
        if _len(items) == h:
            raise IndexError("pop from an empty deque")
        x = items[h]
        items[h] = None
        h += 1
        if h == _len(items):
            items.clear()
            h = 0
        elif h > 64 and h > 2 * (_len(items) - h):
            del items[:h]
            h = 0
        self._head = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._items.extend(iterable)
            return
        for x in iterable:
            deque.append(self, x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._live().count(x)

    def index(self, x, start=0, stop=None):
        items = self._live()
        if stop is None:
            stop = _len(items)
        for i in range(max(start, 0), min(stop, _len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and _len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._live().insert(i, x)

    def remove(self, value):
        items = self._live()
        for i in range(_len(items)):
            if items[i] is value or items[i] == value:
                del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._live().reverse()

    def rotate(self, n=1):
        # Moves min(n, len - n) items: the right end's to the front, or the left end's
        # to the back.
        items = self._items
        h = self._head
        k = _len(items) - h
        if k <= 1:
            return
        n %= k
        if not n:
            return
        if n <= k // 2:
            moved = items[-n:]
            del items[-n:]
            if h < n:
                pad = n - h + k + 8
                items[:0] = [None] * pad
                h += pad
            items[h - n:h] = moved
            self._head = h - n
        else:
            m = k - n
            moved = items[h:h + m]
            items[h:h + m] = [None] * m
            items.extend(moved)
            h += m
            if h > 64 and h > 2 * (_len(items) - h):
                del items[:h]
                h = 0
            self._head = h

    def __len__(self):
        return _len(self._items) - self._head

    def __bool__(self):
        return _len(self._items) > self._head

    def __iter__(self):
        items = self._items
        n = _len(items) - self._head
        i = 0
        while i < n:
            if self._items is not items or _len(items) - self._head != n:
                raise RuntimeError("deque mutated during iteration")
            yield items[self._head + i]
            i += 1
        if _len(items) - self._head != n:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        items = self._items
        for i in range(_len(items) - 1, self._head - 1, -1):
            yield items[i]

    def __contains__(self, x):
        items = self._items
        for i in range(self._head, _len(items)):
            if items[i] is x or items[i] == x:
                return True
        return False

    def _index(self, i):
        n = _len(self._items) - self._head
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __repr__(self):
        inner = _guarded_repr(self, lambda: repr(self._live()), None)
        if inner is None:
            return "[...]"
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%s)" % (name, inner)
        return "%s(%s, maxlen=%d)" % (name, inner, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() < other._live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() <= other._live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() > other._live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() >= other._live()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(list(self) + list(other), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._live() * n, self._maxlen)


def _no_set(self, value):
    # A namedtuple field's setter: CPython's `_tuplegetter` message.
    raise AttributeError("can't set attribute")


def _no_delete(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith("_") or name in seen
                    or name in _KEYWORDS):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    fields = tuple(field_names)
    n = _len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if _len(defaults) > n:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[n - _len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if _len(args) > n:
            raise TypeError("%s.__new__() takes %d positional argument%s but %d were given"
                            % (typename, n + 1, "" if n == 0 else "s", _len(args) + 1))
        values = list(args)
        missing = []
        for name in fields[:_len(args)]:
            if name in kwargs:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
        for name in fields[_len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if kwargs:
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (typename, next(iter(kwargs))))
        if missing:
            if _len(missing) == 1:
                names = "'%s'" % missing[0]
            else:
                names = ", ".join("'%s'" % m for m in missing[:-1]) + " and '%s'" % missing[-1]
            raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                            % (typename, _len(missing), "" if _len(missing) == 1 else "s", names))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(
            "%s=%r" % (name, value) for name, value in zip(fields, self)) + ")"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return tuple.__new__(type(self), values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if _len(values) != n:
            raise TypeError("Expected %d arguments, got %d" % (n, _len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    class _NamedTuple(tuple):
        __slots__ = ()

    cls = _NamedTuple
    cls.__new__ = __new__
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls._replace = _replace
    cls._make = classmethod(_make)
    cls.__getnewargs__ = __getnewargs__
    cls._fields = fields
    cls.__match_args__ = fields
    cls._field_defaults = field_defaults
    for index, name in enumerate(fields):
        setattr(cls, name, property(_getter(index), _no_set, _no_delete))
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__module__ = "__main__" if module is None else module
    cls.__doc__ = "%s(%s)" % (typename, ", ".join(fields))
    return cls


def _getter(index):
    def get(self):
        return self[index]
    return get


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
])


class ChainMap:
    _kiln_match_kind = "mapping"

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return _len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "ChainMap(%s)" % ", ".join(map(repr, self.maps))

    def keys(self):
        return list(self)

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def new_child(self, m=None):
        if m is None:
            m = {}
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def pop(self, key, *default):
        return self.maps[0].pop(key, *default)

    def clear(self):
        self.maps[0].clear()


class UserDict:
    """A dict wrapper meant for subclassing: the contents live in `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return _len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return self.__missing__(key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        return self.data == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        new.__dict__.update({k: v for k, v in self.__dict__.items() if k != "data"})
        return new

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *default):
        if key in self.data:
            value = self.data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self.data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self.data)))
        value = self.data[key]
        del self[key]
        return key, value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list wrapper meant for subclassing: the contents live in `self.data`."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return _len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str wrapper meant for subclassing: the text lives in `self.data`."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return _len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __getattr__(self, name):
        # The str methods: a str result comes back wrapped, as CPython's UserString
        # methods return instances of the class.
        method = getattr(self.data, name)

        def call(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            r = method(*args, **kwargs)
            if isinstance(r, str):
                return self.__class__(r)
            if isinstance(r, list):
                return [self.__class__(x) if isinstance(x, str) else x for x in r]
            return r
        return call
