# del with plain and extended slices on lists and bytearrays.
for spec in [(None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-3, None, None), (2, 5, None), (5, 2, None), (None, None, -3), (0, 0, 1)]:
    xs = list(range(10))
    del xs[slice(*spec)]
    b = bytearray(range(10))
    del b[slice(*spec)]
    print(spec, xs, list(b))
