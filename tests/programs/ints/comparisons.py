print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 5 >= 5 > 4)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 0 < 2 ** 100)
print(1 < 1.5 < 2, 2 == 2.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(True == 1, False == 0, True + True, True * 10)
print(max(3, 9, 2), min(3, 9, 2), max([4, -1, 7]), min([4, -1, 7]))

def sign(n):
    return (n > 0) - (n < 0)

print([sign(v) for v in [-5, 0, 12, -(2 ** 80), 2 ** 80]])
calls = []
def val(n):
    calls.append(n)
    return n
print(val(1) < val(0) < val(5))
print(calls)
calls.clear()
print(val(1) < val(2) < val(3))
print(calls)
