cache = {1: "one", 2: "two"}

def lookup(n):
    value = cache[n]
    print("found", value)
    return value

for n in [1, 2, 42]:
    lookup(n)
