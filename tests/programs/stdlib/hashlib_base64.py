import hashlib, base64
for name in ["md5", "sha1", "sha224", "sha256", "sha512"]:
    h = hashlib.new(name)
    h.update(b"hello ")
    h2 = h.copy()
    h.update("world".encode())
    print(name, h.hexdigest(), h2.hexdigest(), h.digest_size, h.block_size, len(h.digest()))
print(hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha256(b"x" * 55).hexdigest(), hashlib.sha1(b"y" * 64).hexdigest())
print(hashlib.sha256("café".encode("utf-8")).hexdigest()[:16])
try:
    hashlib.md5("text")
except TypeError as e:
    print("TE", e)
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = base64.b64encode(data)
    assert base64.b64decode(e) == data
    u = base64.urlsafe_b64encode(data)
    assert base64.urlsafe_b64decode(u) == data
    t = base64.b32encode(data)
    assert base64.b32decode(t) == data, (data, t)
    x = base64.b16encode(data)
    assert base64.b16decode(x) == data
    print(e[:24], u[-8:], t[:16], x[:12])
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.encodebytes(b"z" * 100))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
