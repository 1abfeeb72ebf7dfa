print(f"{'dec':>5} {'hex':>5} {'oct':>5} {'bin':>10}")
for n in [0, 1, 7, 8, 15, 16, 100, 255, 256, 1000]:
    print(f"{n:5d} {n:5x} {n:5o} {n:10b}")
print()
for n in [3, 200, 65535]:
    print(f"{n:#06x} {n:#018b} {n:#o}")
print(f"{-10:x} {-10:b} {-10:#x}")
print("{0:d} {0:x} {0:o} {0:b}".format(42))
print(hex(3735928559), f"{3735928559:_x}", f"{3735928559:_b}")
