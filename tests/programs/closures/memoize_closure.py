def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapped(*args):
        if args in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapped.stats = stats
    wrapped.cache = cache
    return wrapped

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(8, 8), grid_paths.stats, len(grid_paths.cache))

@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
print(edit_distance.stats["misses"] > 0)
