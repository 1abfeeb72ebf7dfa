# Digits of pi by an unbounded spigot algorithm on big integers.
# Gibbons' streaming formulation of the Rabinowitz-Wagon spigot: the state
# is a 2x2 integer matrix (q, r, t, k) composed with one more term of the
# series per step; a digit is emitted whenever floor((3q + r) / t) and
# floor((4q + r) / t) agree.  Prints the digits ten per line with a running
# count, in the classic "pidigits" layout, then a digit histogram and a
# checksum.  The work grows roughly quadratically with DIGITS.
# Usage: pidigits.py [DIGITS]
# bench-args: 9000
# bench-half: 6400
# bench-check: 65
import sys


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    produced = 0
    while produced < count:
        # Compose with the next linear fractional transformation
        # (k, 4k + 2, 0, 2k + 1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit == (4 * q + r) // t:
            yield digit
            produced += 1
            # Remove the emitted digit: multiply by 10, subtract 10*digit*t.
            q, r = 10 * q, 10 * (r - digit * t)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    line = []
    total = 0
    checksum = 0
    histogram = [0] * 10
    for d in pi_digits(count):
        line.append(str(d))
        total += 1
        histogram[d] += 1
        checksum = (checksum * 10 + d) % 1000000007
        if len(line) == 10:
            print(f"{''.join(line)}\t:{total}")
            line = []
    if line:
        print(f"{''.join(line).ljust(10)}\t:{total}")
    print("histogram: " + " ".join(str(n) for n in histogram))
    print(f"checksum={checksum}")


main()
