for c in "Az09 ~é€😀":
    print(repr(c), ord(c), hex(ord(c)), bin(ord(c)))
print("".join(chr(i) for i in range(65, 91)))
print("".join(chr(ord(c) ^ 32) for c in "Hello"))
def rot47(s):
    return "".join(chr(33 + (ord(c) + 14) % 94) if 33 <= ord(c) <= 126 else c for c in s)
print(rot47("Hello, World!"), rot47(rot47("Hello, World!")))
print([hex(b) for b in [0, 15, 16, 255, 4096]], hex(2 ** 64 - 1))
print(int(hex(123456), 16), int(oct(999), 8), int(bin(77), 2))
print(oct(-9), bin(-9), hex(-9))
