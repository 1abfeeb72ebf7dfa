def total(items):
    count = 0
    for it in items:
        count += it
    return cuont


print(total([1, 2]))
