def label(name, count):
    return name + ": " + count

print(label("apples", str(3)))
print(label("pears", 4))
