class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("  evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

cache = LRUCache(3)
for k in ["a", "b", "c"]:
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"))
cache.put("d", "D")
print(cache)
print(cache.get("b"), cache.get("c"))
cache.put("e", "E")
cache.put("a", "AA")
print(cache)
for k in "abcde":
    print(k, cache.get(k))
print("hits", cache.hits, "misses", cache.misses)

def slow_square(n, _cache={}):
    if n in _cache:
        return _cache[n], True
    _cache[n] = n * n
    return _cache[n], False
print([slow_square(n) for n in [2, 3, 2, 4, 3]])
