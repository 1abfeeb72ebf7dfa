"""Iterator building blocks (Kiln's itertools), as generators."""

import _kiln_itertools

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterables):
    for it in iterables:
        yield from it


chain.from_iterable = _from_iterable


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(start, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    if stop is not None and stop <= start:
        # Consumes what CPython's islice consumes before it stops.
        for _ in zip(range(stop), it):
            pass
        return
    nexti = start
    i = 0
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def zip_longest(*iterables, fillvalue=None):
    its = [iter(it) for it in iterables]
    n = len(its)
    if n == 0:
        return
    active = n
    done = [False] * n
    while True:
        values = []
        for i in range(n):
            if done[i]:
                values.append(fillvalue)
                continue
            for v in its[i]:
                values.append(v)
                break
            else:
                done[i] = True
                active -= 1
                if active == 0:
                    return
                values.append(fillvalue)
        yield tuple(values)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    return _kiln_itertools.combi(3, tuple(tuple(pool) for pool in iterables) * repeat, 0)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    _check_r(r)
    return _kiln_itertools.combi(0, (pool,), r)


_NO_R = object()


def combinations(iterable, r=_NO_R):
    if r is _NO_R:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _kiln_itertools.combi(1, (pool,), r)


def combinations_with_replacement(iterable, r=_NO_R):
    if r is _NO_R:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _kiln_itertools.combi(2, (pool,), r)


class groupby:
    def __init__(self, iterable, key=None):
        self._key = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._target = self._current = self._value = _marker = object()
        self._marker = _marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._current is not self._marker and self._current == self._target:
            self._value = next(self._it)
            self._current = self._key(self._value)
        if self._current is self._marker:
            self._value = next(self._it)
            self._current = self._key(self._value)
        self._target = self._current
        return (self._current, self._group(self._target, self._id))

    def _group(self, target, gid):
        while self._id is gid and self._current == target:
            yield self._value
            try:
                self._value = next(self._it)
            except StopIteration:
                self._current = self._marker
                return
            self._current = self._key(self._value)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                for v in it:
                    for b in buffers:
                        b.append(v)
                    break
                else:
                    return
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)
