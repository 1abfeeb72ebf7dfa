"""JSON encoding and decoding (Kiln's json), with CPython's output format. Plain data
without hooks goes through the native `_kiln_json` first; whatever it does not handle
(other types, options, malformed documents) is done again here, in Python."""

import _kiln_json

__all__ = ["JSONDecodeError", "JSONDecoder", "JSONEncoder", "dump", "dumps", "load", "loads"]

_float_repr = float.__repr__
_int_repr = int.__repr__

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20:
            out.append("\\u%04x" % n)
        elif n < 0x7F or not ensure_ascii:
            out.append(ch)
        elif n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            n -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
    out.append('"')
    return "".join(out)


def _float_text(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == float("-inf"):
        text = "-Infinity"
    else:
        return _float_repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        out = []
        self._encode(o, out, 0, set() if self.check_circular else None)
        return "".join(out)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(_int_repr(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            _enter(o, markers)
            self._encode(self.default(o), out, level, markers)
            _leave(o, markers)

    def _open(self, out, bracket, level):
        """Opens a container: its bracket and, with an indent, a new line one level in.
        Returns the level inside and the separator between its items."""
        out.append(bracket)
        if self.indent is None:
            return level, self.item_separator
        level += 1
        newline = "\n" + self.indent * level
        out.append(newline)
        return level, self.item_separator + newline

    def _close(self, out, bracket, level):
        if self.indent is not None:
            out.append("\n" + self.indent * (level - 1))
        out.append(bracket)

    def _encode_list(self, o, out, level, markers):
        if not o:
            out.append("[]")
            return
        _enter(o, markers)
        level, sep = self._open(out, "[", level)
        first = True
        for v in o:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, out, level, markers)
        self._close(out, "]", level)
        _leave(o, markers)

    def _encode_dict(self, o, out, level, markers):
        if not o:
            out.append("{}")
            return
        _enter(o, markers)
        level, sep = self._open(out, "{", level)
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _float_text(k, self.allow_nan)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = _int_repr(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(v, out, level, markers)
        self._close(out, "}", level)
        _leave(o, markers)


def _enter(o, markers):
    """Marks a container (or an object `default` converts) being encoded: meeting it again
    inside itself is a cycle."""
    if markers is not None:
        if id(o) in markers:
            raise ValueError("Circular reference detected")
        markers.add(id(o))


def _leave(o, markers):
    if markers is not None:
        markers.discard(id(o))


_FALLBACK = object()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and default is None and not kw:
        ind = indent
        if ind is not None and not isinstance(ind, str):
            ind = " " * ind
        if separators is not None:
            item_sep, key_sep = separators
        else:
            item_sep = ", " if indent is None else ","
            key_sep = ": "
        r = _kiln_json.dumps(obj, _FALLBACK, ind, item_sep, key_sep, ensure_ascii, allow_nan, sort_keys)
        if r is not _FALLBACK:
            return r
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"


    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WS = " \t\n\r"
_NUMBER_START = "-0123456789"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class _Parser:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook, strict):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.object_pairs_hook = object_pairs_hook
        self.strict = strict

    def skip(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_float("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_float("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_float("-Infinity"), i + 9
        if c in _NUMBER_START:
            return self.number(i)
        raise JSONDecodeError("Expecting value", s, i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if s[i] == "-":
            i += 1
        if i >= n or not s[i].isdigit():
            raise JSONDecodeError("Expecting value", s, start)
        if s[i] == "0":
            i += 1
        else:
            while i < n and "0" <= s[i] <= "9":
                i += 1
        is_float = False
        if i < n and s[i] == "." and i + 1 < n and "0" <= s[i + 1] <= "9":
            is_float = True
            i += 1
            while i < n and "0" <= s[i] <= "9":
                i += 1
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            if j < n and "0" <= s[j] <= "9":
                is_float = True
                i = j
                while i < n and "0" <= s[i] <= "9":
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and (s[j] >= " " or not self.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return "".join(chunks), j + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, j)
            if j + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            e = s[j + 1]
            if e == "u":
                code = self.hex4(j + 2)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                chunks.append(chr(code))
            else:
                r = _UNESCAPE.get(e)
                if r is None:
                    raise JSONDecodeError("Invalid \\escape", s, j)
                chunks.append(r)
                i = j + 2

    def hex4(self, i):
        text = self.s[i:i + 4]
        if len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text):
            return int(text, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i - 1)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            i = self.skip(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        p = _Parser(s, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook, self.strict)
        i = p.skip(0)
        value, i = p.value(i)
        end = p.skip(i)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        p = _Parser(s, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook, self.strict)
        return p.value(idx)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        b = bytes(s)
        s = (b[3:] if b[:3] == b"\xef\xbb\xbf" else b).decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    elif s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None and object_hook is None and parse_float is None and parse_int is None and parse_constant is None and object_pairs_hook is None and not kw:
        r = _kiln_json.loads(s, _FALLBACK)
        if r is not _FALLBACK:
            return r
    if cls is None:
        cls = JSONDecoder
    # Only the hooks given are passed on (a decoder subclass may set its own).
    for name, value in (("object_hook", object_hook), ("parse_float", parse_float),
                        ("parse_int", parse_int), ("parse_constant", parse_constant),
                        ("object_pairs_hook", object_pairs_hook)):
        if value is not None:
            kw[name] = value
    return cls(**kw).decode(s)


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)
