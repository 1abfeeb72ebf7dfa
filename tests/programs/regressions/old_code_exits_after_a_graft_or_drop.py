# A loop nest whose innermost loop grows a tree of grafted bridges, is dropped in a
# deopt storm and recorded again while an outer loop's bridge still calls its old code
# natively: exits of the old code must not run the new code's bridges (whose snapshots
# are numbered differently). Found by a differential fuzzer; h came out wrong.
W = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
def helper(x, y):
    if x % 3 == 0:
        return x + y
    elif x % 3 == 1:
        return (x * 7) % 1009
    for k in range(y % 3):
        x += k
    return x
def f(n):
    a = 1; b = 2; c = 3; d = 4
    L = []
    h = 0
    for i in range(n):
        if b > i:
            for i1 in (7, 9, i % 5):
                d = -b
                a = d + W[i1 % len(W)]
        else:
            i3 = 0
            while i3 < 5 and (d % 6 < 3 or i3 < 2):
                i3 += 1
            for i4 in W[i % 3:i % 3 + 2]:
                for i5, _x5 in enumerate(L[-2:]):
                    c = (c + i) % 1009
                    L.append(d % 100)
                    if len(L) > 30: del L[:15]
                    d = helper(d, i4)
                    h = (h * 31 + a + 3 * b + 5 * c + 7 * d) % 1000000007
                b = a ^ i4
                d = i * 3
        if i % 11 == 1:
            c = b - 9
        else:
            if c % 7 < 3:
                b = len(L)
            else:
                d = b * 7 % 10007
                try:
                    if d % 2 and i % 3: raise KeyError(b)
                    a = b * 1 % 10007
                    a = -a
                    b = helper(b, i)
                except KeyError as ex:
                    b = ex.args[0] % 1000
            i6 = 0
            while i6 < 5 and (b > i or i6 < 2):
                i6 += 1
                try:
                    if b % 9 < 7: raise KeyError(a)
                    d = (b << 30) % 1000003
                    a = d + W[i % len(W)]
                    b = a * 4 % 10007
                except KeyError as ex:
                    a = ex.args[0] % 1000
        c = a * 6 % 10007
        try:
            if len(L) > 6: raise KeyError(c)
            if d % 3 < 1:
                L.append(b % 100)
        except KeyError as ex:
            a = ex.args[0] % 1000
    return h, a, b, c, d, L[-5:]
for n in (3, 50, 2000):
    print(n, f(n))
