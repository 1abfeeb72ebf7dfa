def largest(items):
    best = items[0]
    for it in items[1:]:
        if it > best:
            best = it
    return best

print(largest([3, 9, 2]))
print(largest([3, "9", 2]))
