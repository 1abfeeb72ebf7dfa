n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n - 1, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(1, 6):
    print(" ".join(f"{i * j:2}" for j in range(1, 6)))
size = 4
for r in range(size):
    line = ""
    for c in range(size):
        line += "#" if (r + c) % 2 == 0 else "."
    print(line)
count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                print("triple", a, b, c)
                count += 1
print(count)
