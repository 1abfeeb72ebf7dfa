# struct for Kiln: pack, unpack, calcsize, iter_unpack, pack_into/unpack_from and the
# Struct class, for the byte orders @ = < > ! and the formats x c b B ? h H i I l L q Q
# n N f d e s p P. Floats go through the native _kiln_struct (IEEE 754 bits).
import _kiln_struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code: (standard size, native size, signed)
_INTS = {"b": (1, 1, True), "B": (1, 1, False), "h": (2, 2, True), "H": (2, 2, False),
         "i": (4, 4, True), "I": (4, 4, False), "l": (4, 8, True), "L": (4, 8, False),
         "q": (8, 8, True), "Q": (8, 8, False), "n": (None, 8, True), "N": (None, 8, False),
         "P": (None, 8, False)}
_FLOATS = {"e": 2, "f": 4, "d": 8}


def _parse(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = "@"
    i = 0
    if fmt[:1] in "@=<>!":
        order = fmt[0]
        i = 1
    native = order == "@"
    little = order in "<" or (order in "@=")
    items = []  # (code, count, size, offset)
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c in _INTS:
            std, nat, _ = _INTS[c]
            if std is None and not native:
                raise error("bad char in struct format")
            size = nat if native else std
        elif c in _FLOATS:
            size = _FLOATS[c]
        elif c in "xc?":
            size = 1
        elif c in "sp":
            size = 1
        else:
            raise error("bad char in struct format")
        if native and size > 1 and c not in "sp":
            offset = (offset + size - 1) // size * size
        if c in "sp":
            items.append((c, 1 if count is None else count, size, offset))
            offset += 1 if count is None else count
            continue
        for _ in range(1 if count is None else count):
            items.append((c, 1, size, offset))
            offset += size
    return items, offset, little


def calcsize(fmt):
    return _parse(fmt)[1]


def _int_arg(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    if hasattr(v, "__index__"):
        return v.__index__()
    raise error("required argument is not an integer")


def pack(fmt, *values):
    items, size, little = _parse(fmt)
    native = not isinstance(fmt, str) or fmt[:1] not in "=<>!"
    out = bytearray(size)
    vals = list(values)
    need = sum(1 for c, _, _, _ in items if c != "x")
    if need != len(vals):
        raise error("pack expected %d items for packing (got %d)" % (need, len(vals)))
    k = 0
    order = "little" if little else "big"
    for c, count, sz, off in items:
        if c == "x":
            continue
        v = vals[k]
        k += 1
        if c in _INTS:
            v = _int_arg(v)
            signed = _INTS[c][2]
            lo = -(1 << (8 * sz - 1)) if signed else 0
            hi = (1 << (8 * sz - 1)) - 1 if signed else (1 << (8 * sz)) - 1
            if not lo <= v <= hi:
                named = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
                if c in named:
                    raise error("%s format requires %d <= number <= %d" % (named[c], lo, hi))
                if not native:
                    raise error("argument out of range")
                raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
            out[off:off + sz] = v.to_bytes(sz, order, signed=signed)
        elif c in _FLOATS:
            if not isinstance(v, (int, float)):
                raise error("required argument is not a float")
            bits = _kiln_struct.float_bits(float(v), sz)
            out[off:off + sz] = bits.to_bytes(sz, order)
        elif c == "?":
            out[off] = 1 if v else 0
        elif c == "c":
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            out[off] = v[0]
        elif c in "sp":
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = bytes(v)
            if c == "p":
                data = bytes([min(len(data), count - 1, 255)]) + data[:count - 1] if count else b""
            data = data[:count]
            out[off:off + len(data)] = data
    return bytes(out)


def unpack(fmt, buffer):
    items, size, little = _parse(fmt)
    data = bytes(buffer)
    if len(data) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _unpack_items(items, data, 0, little)


def _unpack_items(items, data, base, little):
    order = "little" if little else "big"
    out = []
    for c, count, sz, off in items:
        off += base
        if c == "x":
            continue
        chunk = data[off:off + sz]
        if c in _INTS:
            out.append(int.from_bytes(chunk, order, signed=_INTS[c][2]))
        elif c in _FLOATS:
            out.append(_kiln_struct.bits_float(int.from_bytes(chunk, order), sz))
        elif c == "?":
            out.append(chunk != b"\x00")
        elif c == "c":
            out.append(chunk)
        elif c == "s":
            out.append(data[off:off + count])
        elif c == "p":
            n = data[off] if count else 0
            out.append(data[off + 1:off + 1 + min(n, count - 1)])
    return tuple(out)


def unpack_from(fmt, buffer, offset=0):
    items, size, little = _parse(fmt)
    data = bytes(buffer)
    if offset < 0:
        offset += len(data)
    if len(data) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)" % (size + offset, size, offset, len(data)))
    return _unpack_items(items, data, offset, little)


def pack_into(fmt, buffer, offset, *values):
    data = pack(fmt, *values)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        if offset > len(buffer):
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)" % (len(data) + offset, len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


def iter_unpack(fmt, buffer):
    items, size, little = _parse(fmt)
    data = bytes(buffer)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return iter([_unpack_items(items, data, i, little) for i in range(0, len(data), size)])


class Struct:
    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode("ascii")
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
