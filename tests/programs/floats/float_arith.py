a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b)
print(a ** 2, 2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(7 % 2.5, -7 % 2.5, 7.0 // 0.1)
print(3 + 0.5, 3 * 1.5, 10 - 0.25, 1 / 4)
print(2 ** -2, 10 ** -1)
x = 1.0
x += 0.5
x *= 3
x -= 0.25
x /= 2
print(x)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(abs(-2.5), abs(0.0), -abs(-0.0))
print(max(1.5, 2), min(1.5, 2), max(2, 2.0), min(2.0, 2))
print(int(2.5 * 4), float(3) / 2)
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5, 3]))
print(1e308 * 10 - 1e308 * 10 != 0)
