def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [x * 3 for x in range(100)]
for t in [0, 3, 150, 297, 298, -1, 151]:
    print(t, bsearch(data, t), lower_bound(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in range(0, 10):
    print(t, lower_bound(dups, t), end="; ")
print()
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    sorted_list.insert(lower_bound(sorted_list, v), v)
    print(sorted_list)
