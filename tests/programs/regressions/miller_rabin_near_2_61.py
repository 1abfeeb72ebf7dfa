def powmod(b, e, m):
    r = 1
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r

def is_prime_mr(n):
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13):
        x = powmod(a, d, n)
        if x == 1 or x == n - 1: continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return a
    return 1

for off in [1, 19, 21, 31, 43, 45]:
    print(off, is_prime_mr(2305843009213693952 - off))
