vals = [2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**30]
for a in vals:
    for b in [1, -1, 3, 2**20, -(2**40), 7]:
        print(a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b, a >> 3, -a, abs(a), a == a + 0, hash(a) == hash(a + 0), a < b, float(a))
print({2**50: 1}[2**49 * 2], 2**50 in {2**50}, str(2**50), f"{2**55:,}", int("1" * 18), round(2**60 / 3))
seed = 42
for i in range(5):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    print(seed)
