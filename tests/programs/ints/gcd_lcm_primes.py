import math

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

pairs = [(12, 18), (100, 75), (17, 5), (0, 9), (2 ** 40, 6 ** 20)]
for a, b in pairs:
    print(a, b, gcd(a, b), math.gcd(a, b), lcm(a, b) if a and b else 0)

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
print(sum(primes))

def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in [360, 97, 1001, 2 ** 10 * 3 ** 4, 600851475143]:
    print(n, factorize(n))
print(math.isqrt(10 ** 20 + 12345), math.isqrt(99))
