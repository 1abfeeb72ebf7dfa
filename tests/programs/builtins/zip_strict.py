# zip(strict=True) reports the shorter or longer argument
print(list(zip([1, 2, 3], [4, 5], strict=False)))
for a in ([[1, 2], [3]], [[1], [3, 4]], [[1, 2], [3, 4], [5]], [[1, 2], [3, 4], [5, 6, 7]], [[], [], []]):
    try:
        print(list(zip(*a, strict=True)))
    except ValueError as e:
        print(e)
print(dict(zip("ab", (1, 2), strict=True)))
