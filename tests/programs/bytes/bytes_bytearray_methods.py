b = b"abc"
print(b, len(b), b[0], b.decode(), b[1:], b[::-1], b * 2, 2 * b, b + b"de")
x = "héllo".encode("utf-8")
print(x, bytes([65,66]), bytearray(b"xy"), bytearray(3), bytes(2))
print(x.decode(), x.decode("latin-1"), "abc".encode("ascii"))
print(b'it\'s', b"q\"", b'\x00\xff\n', repr(b'a"b\'c'))
ba = bytearray(b"hello")
ba[0] = 72; ba.append(33); ba.extend(b"!!"); ba += b"?"
print(ba, len(ba), ba.pop(), ba, bytes(ba))
del ba[0]; ba[1:3] = b"XYZ"; print(ba)
print(b"a,b,,c".split(b","), b"  a b  ".split(), b"  x ".strip(), b"abc".upper(), b"a-b".replace(b"-", b"+"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"abc".find(b"c"), b"abc".find(99), b"abcabc".count(b"b"), b"abc".index(b"b"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" in b"cabd", 97 in b"a")
print(b"deadbeef".hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex(":"), bytearray.fromhex("00ff"))
print(hash(b"ab") == hash("ab"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))
print(list(b"AB"), [c for c in bytearray(b"xy")], b"x" if b"" else b"y", bool(b"\x00"))
print(str(b"abc", "utf-8"), str(b"abc"), f"{b'abc'}", f"{b'a'!r}", "{}".format(b"z"))
print(b"Hello World".title(), b"hello".capitalize(), b"aBc".swapcase(), b"123".isdigit(), b"abc".isalpha())
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True), b"key=val".partition(b"="), b"abc".center(9, b"*"), b"42".zfill(5))
print(isinstance(b"", bytes), isinstance(bytearray(), bytearray), type(b""), type(bytearray()), type(b"x").__name__)
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UDE", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UEE", e)
try:
    bytes("abc")
except TypeError as e:
    print("TE", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TE", e)
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print("TE", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"%s" if False else b"", bytes(range(5)), bytes(x for x in [1, 2]))
print(b"abc"[-1], bytearray(b"abc")[-1:], ord(b"a"), max(b"abc"), sum(b"\x01\x02"))
ba2 = bytearray(b"abc"); ba2.reverse(); ba2.insert(0, 120); ba2.remove(98); print(ba2, ba2.copy(), ba2 * 2)
print(b"a b".rsplit(None, 1), b"a.b.c".rsplit(b".", 1), b"xxhixx".lstrip(b"x"), b"hi".ljust(4, b"."), b"hi".rjust(4))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"ABC".lower(), b"  ".isspace(), b"Ab".istitle())
t = bytes.maketrans(b"ab", b"xy"); print(b"aabbc".translate(t), b"abc".translate(None, b"b"))
print(int(b"42"), int(bytearray(b"7")), int(b"ff", 16), float(b"1.5"), list(reversed(b"ab")), list(reversed(bytearray(b"xyz"))))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
for x in [1.5, 1.0, -0.0, 0.0, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), -float("inf"), float("nan"), -2.5, 3.141592653589793]:
    print(x.hex())
print((7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
