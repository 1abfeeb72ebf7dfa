# pprint for Kiln: CPython's layout of dicts, lists, tuples, sets, strs and dataclasses
# that do not fit on one line (one item per line, aligned under the opening bracket), and
# its sorted-keys repr of dicts that do.

import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def _sort_key(item):
    return _Orderable(item)


class _Orderable:
    # Sorts values of mixed types the way pprint does: by value where they compare, by
    # type name otherwise.
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _pair_key(pair):
    return (_Orderable(pair[0]), _Orderable(pair[1]))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact
        self._sort_dicts = sort_dicts
        self._underscore = underscore_numbers

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(obj) + "\n")

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0, set(), 0)
        return "".join(out)

    def isrecursive(self, obj):
        return self._safe_repr(obj, set(), 0)[2]

    def isreadable(self, obj):
        r, readable, rec = self._safe_repr(obj, set(), 0)
        return readable and not rec

    # ----- one-line reprs -----

    def _repr(self, obj, context, level):
        return self._safe_repr(obj, context, level)[0]

    def _safe_repr(self, obj, context, level):
        # (text, readable, recursive)
        t = type(obj)
        if t in (int, float, str, bool) or obj is None:
            if t is int and self._underscore:
                return "{:_d}".format(obj), True, False
            return repr(obj), True, False
        if (issubclass(t, dict) and t.__repr__ is dict.__repr__) or (issubclass(t, list) and t.__repr__ is list.__repr__) or (issubclass(t, tuple) and t.__repr__ is tuple.__repr__):
            if not obj:
                return repr(obj), True, False
            oid = id(obj)
            if oid in context:
                return "<Recursion on %s with id=%s>" % (t.__name__, oid), False, True
            if self._depth is not None and level >= self._depth:
                return ("{...}" if issubclass(t, dict) else "[...]" if issubclass(t, list) else "(...)"), False, False
            context.add(oid)
            readable, recursive = True, False
            parts = []
            if issubclass(t, dict):
                items = obj.items()
                if self._sort_dicts:
                    items = sorted(items, key=_pair_key)
                for k, v in items:
                    kr, kread, krec = self._safe_repr(k, context, level + 1)
                    vr, vread, vrec = self._safe_repr(v, context, level + 1)
                    parts.append("%s: %s" % (kr, vr))
                    readable = readable and kread and vread
                    recursive = recursive or krec or vrec
                text = "{%s}" % ", ".join(parts)
            else:
                for x in obj:
                    xr, xread, xrec = self._safe_repr(x, context, level + 1)
                    parts.append(xr)
                    readable = readable and xread
                    recursive = recursive or xrec
                if issubclass(t, list):
                    text = "[%s]" % ", ".join(parts)
                elif len(parts) == 1:
                    text = "(%s,)" % parts[0]
                else:
                    text = "(%s)" % ", ".join(parts)
            context.discard(oid)
            return text, readable, recursive
        r = repr(obj)
        return r, bool(r) and not r.startswith("<"), False

    # ----- multi-line layout -----

    def _format(self, obj, out, indent, allowance, context, level):
        oid = id(obj)
        if oid in context:
            out.append("<Recursion on %s with id=%s>" % (type(obj).__name__, oid))
            return
        rep = self._repr(obj, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            layout = self._layout_for(obj)
            if layout is not None and not (self._depth is not None and level >= self._depth):
                context.add(oid)
                layout(self, obj, out, indent, allowance, context, level + 1)
                context.discard(oid)
                return
        out.append(rep)

    def _layout_for(self, obj):
        t = type(obj)
        if issubclass(t, dict) and t.__repr__ is dict.__repr__:
            return PrettyPrinter._layout_dict
        if issubclass(t, list) and t.__repr__ is list.__repr__:
            return PrettyPrinter._layout_list
        if issubclass(t, tuple) and t.__repr__ is tuple.__repr__:
            return PrettyPrinter._layout_tuple
        if t in (set, frozenset):
            return PrettyPrinter._layout_set
        if t is str:
            return PrettyPrinter._layout_str
        fields = getattr(t, "__dataclass_fields__", None)
        if fields is not None and "__create_fn__" in getattr(getattr(t.__repr__, "__wrapped__", None), "__qualname__", ""):
            return PrettyPrinter._layout_dataclass
        return None

    def _layout_dict(self, obj, out, indent, allowance, context, level):
        out.append("{")
        if self._indent > 1:
            out.append(" " * (self._indent - 1))
        if obj:
            items = list(obj.items())
            if self._sort_dicts:
                items = sorted(items, key=_pair_key)
            self._dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent
        sep = ",\n" + " " * indent
        last = len(items) - 1
        for i, (k, v) in enumerate(items):
            kr = self._repr(k, context, level)
            out.append(kr)
            out.append(": ")
            self._format(v, out, indent + len(kr) + 2, allowance if i == last else 1, context, level)
            if i != last:
                out.append(sep)

    def _layout_list(self, obj, out, indent, allowance, context, level):
        out.append("[")
        self._items(obj, out, indent, allowance + 1, context, level)
        out.append("]")

    def _layout_tuple(self, obj, out, indent, allowance, context, level):
        out.append("(")
        end = ",)" if len(obj) == 1 else ")"
        self._items(obj, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _layout_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        if type(obj) is set:
            out.append("{")
            end = "}"
        else:
            name = type(obj).__name__
            out.append(name + "({")
            end = "})"
            indent += len(name) + 1
        items = sorted(obj, key=_sort_key)
        self._items(items, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _items(self, items, out, indent, allowance, context, level):
        indent += self._indent
        if self._indent > 1:
            out.append(" " * (self._indent - 1))
        sep_nl = ",\n" + " " * indent
        sep = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, x in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(x, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if sep:
                        sep = sep_nl
                if width >= w:
                    width -= w
                    out.append(sep)
                    sep = ", "
                    out.append(rep)
                    continue
            out.append(sep)
            sep = sep_nl
            self._format(x, out, indent, allowance if last else 1, context, level)

    def _layout_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        chunks = []
        lines = obj.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # Split the line after runs of whitespace, packing words up to the width.
            parts = []
            word = ""
            for ch in line:
                if word and word[-1].isspace() and not ch.isspace():
                    parts.append(word)
                    word = ""
                word += ch
            if word:
                parts.append(word)
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(chunks[0])
            return
        if level == 1:
            out.append("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append("\n" + " " * indent)
            out.append(rep)
        if level == 1:
            out.append(")")

    def _layout_dataclass(self, obj, out, indent, allowance, context, level):
        name = type(obj).__name__
        indent += len(name) + 1
        fields = [f for f in type(obj).__dataclass_fields__.values() if f.repr]
        out.append(name + "(")
        sep = ",\n" + " " * indent
        last = len(fields) - 1
        for i, f in enumerate(fields):
            out.append(f.name)
            out.append("=")
            self._format(getattr(obj, f.name), out, indent + len(f.name) + 1, allowance if i == last else 1, context, level)
            if i != last:
                out.append(sep)
        out.append(")")


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(obj)


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(obj):
    return PrettyPrinter()._safe_repr(obj, set(), 0)[0]


def isreadable(obj):
    return PrettyPrinter().isreadable(obj)


def isrecursive(obj):
    return PrettyPrinter().isrecursive(obj)
