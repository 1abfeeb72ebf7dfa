def as_float(n):
    return float(n)

print(as_float(10 ** 300))
print(as_float(10 ** 400))
