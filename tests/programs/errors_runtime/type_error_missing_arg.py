def area(width, height):
    return width * height

def areas(shapes):
    return [area(*s) for s in shapes]

print(areas([(2, 3), (4, 5)]))
print(areas([(2, 3), (7,)]))
