# Sieve of Eratosthenes.  Each round sieves the integers below LIMIT (a
# slightly different limit every round) with an explicit marking loop, then
# derives a few statistics from the primes it found: their count and sum,
# the number of twin-prime pairs, the largest gap between consecutive primes
# and a histogram of last digits.  A second, slice-assignment sieve checks
# the prime count.  ROUNDS scales the work linearly.
# Usage: sieve.py [ROUNDS] [LIMIT]   (defaults: ROUNDS=240, LIMIT=100000)
# bench-args: 240
# bench-half: 120
# bench-check: 2 3000
import sys


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    if limit > 1:
        is_prime[1] = False
    i = 2
    while i * i < limit:
        if is_prime[i]:
            j = i * i
            while j < limit:
                is_prime[j] = False
                j += i
        i += 1
    return [n for n in range(limit) if is_prime[n]]


def sieve_slices(limit):
    flags = [True] * limit
    flags[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit, i))
    return sum(flags)


def stats(primes):
    twins = 0
    max_gap = 0
    gap_at = 0
    digits = {}
    prev = primes[0]
    for p in primes[1:]:
        gap = p - prev
        if gap == 2:
            twins += 1
        if gap > max_gap:
            max_gap = gap
            gap_at = prev
        prev = p
    for p in primes:
        d = p % 10
        digits[d] = digits.get(d, 0) + 1
    return twins, max_gap, gap_at, digits


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    checksum = 0
    last = None
    for r in range(rounds):
        n = limit + 37 * (r % 7)
        primes = sieve(n)
        if len(primes) != sieve_slices(n):
            print(f"round {r}: sieves disagree")
        twins, max_gap, gap_at, digits = stats(primes)
        checksum = (checksum * 31 + len(primes) + sum(primes) + twins * max_gap) % 1000000007
        last = (n, primes, twins, max_gap, gap_at, digits)
    n, primes, twins, max_gap, gap_at, digits = last
    print(f"rounds: {rounds}")
    print(f"primes below {n}: {len(primes)}, sum {sum(primes)}, largest {primes[-1]}")
    print(f"twin pairs: {twins}; largest gap {max_gap} after {gap_at}")
    print("last digits: " + " ".join(f"{d}:{c}" for d, c in sorted(digits.items())))
    print(f"checksum: {checksum}")


main()
