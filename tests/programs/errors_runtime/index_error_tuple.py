def z_of(point):
    return point[2]

points = [(1, 2, 3), (4, 5, 6), (7, 8)]
total = 0
for p in points:
    total += z_of(p)
    print("running total", total)
