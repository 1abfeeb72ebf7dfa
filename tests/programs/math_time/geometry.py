import math

def polygon_area(points):
    n = len(points)
    s = 0.0
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2

def perimeter(points):
    return sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))

square = [(0, 0), (4, 0), (4, 4), (0, 4)]
tri = [(0, 0), (3, 0), (0, 4)]
hexagon = [(math.cos(k * math.pi / 3), math.sin(k * math.pi / 3)) for k in range(6)]
for name, poly in [("square", square), ("triangle", tri), ("hexagon", hexagon)]:
    print(name, round(polygon_area(poly), 6), round(perimeter(poly), 6))

def rotate(p, angle_deg):
    a = math.radians(angle_deg)
    x, y = p
    return (round(x * math.cos(a) - y * math.sin(a), 9), round(x * math.sin(a) + y * math.cos(a), 9))

for ang in (0, 90, 180, 270, 45):
    print(ang, rotate((1, 0), ang))
print(round(math.degrees(math.atan2(1, 1)), 6), round(math.degrees(math.acos(0.5)), 6))
