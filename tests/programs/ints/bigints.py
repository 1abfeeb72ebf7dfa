import math

big = 2 ** 200
print(big)
print(big + 1, big - 1)
print(big * big)
print(big // 3, big % 1000007)
print(-big // 7, -big % 7)
print(math.factorial(40))
print(math.factorial(25) // math.factorial(23))
n = 1
for i in range(1, 31):
    n *= i
print(n, n == math.factorial(30))
print(len(str(2 ** 1000)))
print(sum(int(d) for d in str(2 ** 100)))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2)
print(type(x + 1).__name__)
print((x + 1) - 1 == x)
print(2 ** 64 // 2 ** 32, 2 ** 64 >> 1, 1 << 100)
print(abs(-(10 ** 30)), -(10 ** 30) < 0)
print(10 ** 20 > 10 ** 19 > 0)
print(max(2 ** 70, 3 ** 40), min(2 ** 70, 3 ** 40))
print(int("123456789012345678901234567890") * 2)
print(divmod(10 ** 25 + 3, 10 ** 12))
print(hex(2 ** 80), bin(2 ** 70 + 1))
