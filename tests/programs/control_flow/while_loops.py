n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
balance = 1000.0
year = 0
while balance < 2000:
    balance *= 1.07
    year += 1
print(year, round(balance, 2))
digits = []
v = 9876
while v:
    digits.append(v % 10)
    v //= 10
print(digits)
a, b = 0, 1
while b < 100:
    print(b, end=" ")
    a, b = b, a + b
print()
stack = [1]
while stack and len(stack) < 6:
    stack.append(stack[-1] * 2)
print(stack)
count = 0
while count < 3:
    count += 1
    print("iteration", count)
else:
    print("done with", count)
