def unique(rows):
    seen = set()
    for r in rows:
        seen.add(r)
    return len(seen)

print(unique([(1, 2), (1, 2), (3, 4)]))
print(unique([[1, 2], [3, 4]]))
