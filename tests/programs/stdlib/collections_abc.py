# collections.abc: isinstance/issubclass against the ABCs (structural checks, built-in
# registrations, register()), their mixin methods in user containers, dotted imports.
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Iterator, Generator, MutableSequence, Set, MutableSet, Container, Collection, Reversible
import collections.abc
import collections
from typing import Iterable as TI


def gen():
    yield 1


class Bag:
    def __init__(self):
        self.items = [3, 1]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items


print([isinstance(x, Iterable) for x in ([], (), "s", {}, set(), 5, gen(), Bag(), range(3), None)])
print([isinstance(x, Hashable) for x in ([], (), "s", {}, 5, None, Bag())])
print([isinstance(x, Sequence) for x in ([], (), "s", {}, range(2), Bag())])
print([isinstance(x, Mapping) for x in ([], {}, collections.OrderedDict(), collections.Counter())])
print([isinstance(x, MutableSequence) for x in ([], ())], isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet), isinstance(frozenset(), Set))
print([isinstance(x, Callable) for x in (len, print, Bag, Bag(), lambda: 1, 5, "s".upper)])
print(isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Container), isinstance(gen(), Generator), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(issubclass(list, Iterable), issubclass(int, Iterable), issubclass(Bag, Sized), issubclass(dict, MutableMapping), isinstance([], Reversible))
print(collections.abc.Mapping is Mapping)


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
print(len(r), r["a"], "b" in r, r.get("z", 0), sorted(r.keys()), sorted(r.items()), sorted(r.values()), r.pop("A"), r.setdefault("d", 4), dict(r))
print(isinstance(r, Mapping), isinstance(r, dict), r == {"b": 2, "c": 3, "d": 4})


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = Span(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, Iterable))


class Stack(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3])
st += [4]
print(st.pop(), list(st), st.pop(0), list(st))
st.reverse()
print(list(st))


class Incomplete(Mapping):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Tagged:
    pass


Sequence.register(Tagged)
print(isinstance(Tagged(), Sequence), issubclass(Tagged, Sequence))
