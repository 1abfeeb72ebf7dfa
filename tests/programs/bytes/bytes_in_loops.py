# bytes and bytearray in hot loops: indexing, item assignment, append, iteration,
# concatenation and hex, so that the optimizer records regions over them.


def checksum(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) & 0xFFFFFFFF
    return s


def build(n):
    ba = bytearray()
    for i in range(n):
        ba.append(i % 256)
        if i % 7 == 0:
            ba[i // 2] = 255 - ba[i // 2]
    return ba


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


def xor_cipher(msg, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(msg))


ba = build(5000)
print(checksum(ba), checksum(bytes(ba)), len(ba))
t = 0
for b in bytes(ba):
    t += b
for k in range(1000):
    x = b"abc" + bytes([k % 256])
    t += x[3] + len(x.hex())
print(t)
packed = rle(b"aaaabbbcccccccccd" * 50)
print(len(packed), packed[:8])
secret = xor_cipher("attack at dawn".encode(), b"key")
print(secret.hex(), xor_cipher(secret, b"key").decode())
words = b"the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words * 20:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items())[:3], b" ".join(sorted(set(words))))
