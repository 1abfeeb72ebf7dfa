a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(~0, ~-1, ~255)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags)

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

for v in [0, 1, 7, 255, 1023, 2 ** 40 - 1]:
    print(v, popcount(v), bin(v).count("1"))
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(-5 & 0xFF, -5 | 0, -5 ^ 3)
print(0xFF, 0o17, 0b101, 1_000_000)
print(int.bit_length(255), (1024).bit_length(), (0).bit_length())
