a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(a ** 2, 2 ** 10, (-2) ** 3, 2 ** -1)
print(abs(-42), -(-3), +7)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 3
print(x)
print(0 == -0, 1 == 1.0, 3 != 4)
print(type(7 / 7), 7 / 7)
print(10 / 4, 9 / 3, 1 / 3)
