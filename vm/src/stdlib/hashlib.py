# hashlib for Kiln: md5, sha1, sha224, sha256 and sha512, computed natively by
# _kiln_hash over the bytes fed to update().
import _kiln_hash

__all__ = ["md5", "sha1", "sha224", "sha256", "sha512", "new", "algorithms_available", "algorithms_guaranteed"]

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha512": (64, 128)}
algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if data is None:
        raise TypeError("object supporting the buffer API required")
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data is None or data:
            self.update(data)

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _kiln_hash.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


def new(name, data=b"", *, usedforsecurity=True, string=None):
    if string is not None:
        data = string
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)


def md5(data=b"", *, usedforsecurity=True, string=None):
    return _Hash("md5", data if string is None else string)


def sha1(data=b"", *, usedforsecurity=True, string=None):
    return _Hash("sha1", data if string is None else string)


def sha224(data=b"", *, usedforsecurity=True, string=None):
    return _Hash("sha224", data if string is None else string)


def sha256(data=b"", *, usedforsecurity=True, string=None):
    return _Hash("sha256", data if string is None else string)


def sha512(data=b"", *, usedforsecurity=True, string=None):
    return _Hash("sha512", data if string is None else string)
