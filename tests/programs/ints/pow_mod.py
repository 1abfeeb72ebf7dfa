print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(7, -1, 11))
print(pow(-2, 3), pow(2, 0), pow(0, 0))
print(pow(5, 3, -7))

def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

for b, e, m in [(2, 100, 97), (3, 1000, 1009), (10, 18, 7), (123456789, 987654321, 1000000007)]:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1))
