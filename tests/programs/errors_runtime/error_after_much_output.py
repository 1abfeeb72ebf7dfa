for i in range(1, 30):
    print(f"line {i:02d}", "*" * (i % 7))
values = [5, 4, 3, 2, 1, 0]
for v in values:
    print(v, 60 // v)
