# base64 for Kiln: the Base64 (standard and URL-safe), Base32 and Base16 codecs of
# RFC 4648.

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes", "decodebytes"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Error(ValueError):
    pass


def _bytes_of(s, what="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes_of(s)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes([_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes([_B64[n >> 18], _B64[(n >> 12) & 63]]) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes([_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63]]) + b"="
    out = bytes(out)
    if altchars is not None:
        alt = _bytes_of(altchars)
        out = out.translate(bytes.maketrans(b"+/", alt[:2]))
    return out


def b64decode(s, altchars=None, validate=False):
    data = _bytes_of(s)
    if altchars is not None:
        alt = _bytes_of(altchars)
        data = data.translate(bytes.maketrans(alt[:2], b"+/"))
    values = []
    pad = 0
    for c in data:
        if c == 61:  # "="
            pad += 1
            continue
        i = _B64.find(bytes([c]))
        if i < 0:
            if validate:
                raise Error("Only base64 data is allowed")
            continue
        if pad:
            if validate:
                raise Error("Excess data after padding")
            pad = 0
        values.append(i)
    if len(values) % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4" % len(values))
    if len(values) % 4 and len(values) % 4 + pad < 4:
        raise Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        full = bytes([(n >> 16) & 255, (n >> 8) & 255, n & 255])
        out += full[:len(chunk) - 1]
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    data = b64encode(s)
    lines = [data[i:i + 76] + b"\n" for i in range(0, len(data), 76)]
    return b"".join(lines)


def decodebytes(s):
    return b64decode(s)


def b32encode(s):
    data = _bytes_of(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        chars = bytes(_B32[(n >> (35 - 5 * j)) & 31] for j in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += chars[:used] + b"=" * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    data = _bytes_of(s)
    if map01 is not None:
        data = data.translate(bytes.maketrans(b"01", b"O" + _bytes_of(map01)))
    if casefold:
        data = data.upper()
    if len(data) % 8:
        raise Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(data), 8):
        chunk = data[i:i + 8]
        stripped = chunk.rstrip(b"=")
        n = 0
        for c in stripped:
            v = _B32.find(bytes([c]))
            if v < 0:
                raise Error("Non-base32 digit found")
            n = (n << 5) | v
        n <<= 5 * (8 - len(stripped))
        size = {8: 5, 7: 4, 5: 3, 4: 2, 2: 1, 0: 0}.get(len(stripped))
        if size is None:
            raise Error("Incorrect padding")
        out += n.to_bytes(5, "big")[:size]
    return bytes(out)


def b16encode(s):
    return _bytes_of(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    data = _bytes_of(s)
    if casefold:
        data = data.upper()
    for c in data:
        if c not in b"0123456789ABCDEF":
            raise Error("Non-base16 digit found")
    if len(data) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(data.decode("ascii"))
