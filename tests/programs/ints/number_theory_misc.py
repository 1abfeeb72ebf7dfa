def perfect_numbers(limit):
    found = []
    for n in range(2, limit):
        total = 1
        d = 2
        while d * d <= n:
            if n % d == 0:
                total += d
                if d != n // d:
                    total += n // d
            d += 1
        if total == n:
            found.append(n)
    return found

print(perfect_numbers(500))

def binomial(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(1, k + 1):
        result = result * (n - i + 1) // i
    return result

for n in range(8):
    print(" ".join(str(binomial(n, k)) for k in range(n + 1)).center(30))
print(binomial(100, 50))

def triangle(n):
    return n * (n + 1) // 2

print([triangle(i) for i in range(1, 11)])
print(sum(i * i for i in range(1, 101)), sum(range(1, 101)) ** 2)
print(int(True) + 1, 3 * True, -True)
print(7 // 2 * 2 + 7 % 2 == 7, -7 // 2 * 2 + -7 % 2 == -7)
