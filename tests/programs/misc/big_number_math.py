def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

print("".join(map(str, pi_digits(40))))
print(isqrt(2 * 10 ** 60))
print(isqrt(10 ** 40), isqrt(99), isqrt(100))
def e_digits(n):
    scale = 10 ** (n + 5)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 5)
print(e_digits(40))
print(2 ** 521 - 1)
print(str(3 ** 300)[:30], len(str(3 ** 300)))
