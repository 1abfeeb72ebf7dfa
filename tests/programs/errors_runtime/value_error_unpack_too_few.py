def rgb(triple):
    r, g, b = triple
    return f"#{r:02x}{g:02x}{b:02x}"

print(rgb((255, 128, 0)))
print(rgb((10, 20)))
