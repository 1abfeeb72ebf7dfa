def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 5, 255, -255, 1000, 2 ** 64]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))
    assert int(to_base(n, 36), 36) == n

def digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total

print([digit_sum(v) for v in [0, 9, 99, 12345, 10 ** 18 - 1]])

def is_palindrome(n):
    s = str(n)
    return s == s[::-1]

print([n for n in range(100, 200) if is_palindrome(n)])

def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 200), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(n) for n in range(1, 16)])
