# Seeding: ints of every size and sign, bools, floats, str and bytes (sha512, version 2)
# and the version 1 string hash; the first outputs of each must match CPython exactly.
import random

seeds = [0, 1, 2, 42, 5489, -1, -5, -(2**40), 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1,
         2**63, 2**64 - 1, 2**64, 2**100 + 7, -(2**100 + 7), 10**50, 3**200]
for s in seeds:
    random.seed(s)
    words = [random.getrandbits(32) for _ in range(3)]
    print(s, words, repr(random.random()))

# seed(n) and seed(-n) give the same stream.
for n in [5, 2**70 + 3]:
    random.seed(n)
    a = random.random()
    random.seed(-n)
    print("abs", n, a == random.random())

for s in [True, False, 0.0, 1.0, 3.5, -2.25, 1e300, 2.0**70, -0.5]:
    random.seed(s)
    print(repr(s), random.getrandbits(32), repr(random.random()))

for s in ["", "a", "abc", "hello world", "héllo wörld", "日本語", "x" * 200]:
    random.seed(s)
    print(repr(s), random.getrandbits(32), random.randrange(1000))
    random.seed(s.encode())
    print("bytes", random.getrandbits(32))
    random.seed(s, version=1)
    print("v1", random.getrandbits(32))
random.seed("abc".encode(), version=1)
print("bytes v1", random.getrandbits(32))
random.seed(a=99)
print("keyword", random.random())
random.seed(12345, 2)
print("version", random.random())

# getrandbits for many widths: word order and truncation of the last word.
random.seed(2024)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 200, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

# Unseeded generators still produce floats in [0, 1).
random.seed()
x = random.random()
random.seed(None)
print(0.0 <= x < 1.0, 0.0 <= random.random() < 1.0)
