def two_sum_sorted(xs, target):
    i, j = 0, len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return (xs[i], xs[j])
        if s < target:
            i += 1
        else:
            j -= 1
    return None

data = [1, 3, 4, 6, 8, 11, 15]
for t in [10, 19, 2, 26, 7]:
    print(t, two_sum_sorted(data, t))

def dedupe_sorted(xs):
    out = []
    for x in xs:
        if not out or out[-1] != x:
            out.append(x)
    return out

print(dedupe_sorted([1, 1, 2, 3, 3, 3, 4, 5, 5]))

def max_subarray(xs):
    best = cur = xs[0]
    start = best_start = best_end = 0
    for i in range(1, len(xs)):
        if cur + xs[i] < xs[i]:
            cur = xs[i]
            start = i
        else:
            cur += xs[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, xs[best_start:best_end + 1]

print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
print(max_subarray([-3, -1, -2]))

def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]

print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], 7), rotate([1, 2, 3], -1))

def merge_intervals(iv):
    iv = sorted(iv)
    out = [list(iv[0])]
    for s, e in iv[1:]:
        if s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out

print(merge_intervals([(1, 3), (8, 10), (2, 6), (15, 18), (17, 20)]))
