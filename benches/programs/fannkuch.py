# Fannkuch-redux: for every permutation of 0..N-1, repeatedly reverse the
# prefix whose length is one more than the first element until 0 comes first;
# report the maximum flip count and an alternating-sign checksum of the flip
# counts.  Permutations are visited in rotation order driven by a count array.
# N=10 takes ~3.6 s on CPython 3.11 and N=9 only ~0.4 s, so the default run
# repeats the N=9 computation ROUNDS times to land in the 1-3 s range.
# Usage: fannkuch.py [N] [ROUNDS]   (defaults: N=9, ROUNDS=5)
# bench-args: 9 6
# bench-half: 9 3
# bench-check: 6
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    total = 0
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1

        # count the flips for this permutation
        first = perm[0]
        if first != 0:
            work = perm[:]
            flips = 0
            while first != 0:
                lo = 0
                hi = first
                while lo < hi:
                    work[lo], work[hi] = work[hi], work[lo]
                    lo += 1
                    hi -= 1
                flips += 1
                first = work[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        total += 1

        # advance to the next permutation
        while True:
            if r == n:
                return max_flips, checksum, total
            head = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = 9
    rounds = 5
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    if len(sys.argv) > 2:
        rounds = int(sys.argv[2])
    best = 0
    checksum = 0
    total = 0
    for _ in range(rounds):
        max_flips, check, count = fannkuch(n)
        if max_flips > best:
            best = max_flips
        checksum += check
        total += count
    print(f"rounds: {rounds}")
    print(f"permutations: {total}")
    print(f"checksum: {checksum}")
    print(f"Pfannkuchen({n}) = {best}")


main()
