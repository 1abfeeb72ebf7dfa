import struct
print(struct.pack("<I", 5), struct.pack(">I", 5), struct.pack("<hH", -2, 65535), struct.pack("!q", -1))
print(struct.unpack("<I", b"\x05\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@iq"), struct.calcsize("l"), struct.calcsize("<l"), struct.calcsize("3s2x"))
print(struct.pack("4s", b"ab"), struct.pack("3s", b"abcdef"), struct.unpack("4s", b"ab\x00\x00"))
for fmt in ["<f", "<d", ">f", ">d", "<e"]:
    for v in [1.5, -0.1, 3.141592653589793, 1e-8, 65504.0, float("inf")]:
        p = struct.pack(fmt, v)
        print(fmt, v, p.hex(), struct.unpack(fmt, p)[0])
print(struct.pack("<?c", True, b"z"), struct.unpack("<?c", b"\x00q"))
print(struct.pack("@bhi", 1, 2, 3).hex(), struct.pack("=bhi", 1, 2, 3).hex())
s = struct.Struct("<HI")
print(s.size, s.pack(1, 2), s.unpack(s.pack(7, 9)), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xdeadbeef)
print(buf, struct.unpack_from("<I", buf, 2))
for bad in [("<B", 256), ("<b", -129), ("<I", -1)]:
    try:
        struct.pack(*bad)
    except struct.error as e:
        print("error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("error:", e)
print(struct.pack("<5p", b"hi"), struct.unpack("<5p", struct.pack("<5p", b"hello world")))
header = struct.pack("<4sHHI", b"KILN", 1, 2, 1024)
magic, major, minor, size = struct.unpack("<4sHHI", header)
print(magic, major, minor, size, len(header))
