def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

print(f"{'C':>6} {'F':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>8.1f}")
print()
for f in [-40, 0, 32, 98.6, 212]:
    c = f_to_c(f)
    print(f, "->", round(c, 2), c)
print(c_to_f(37), f_to_c(c_to_f(37.5)))
readings = [21.5, 22.0, 19.75, 23.25, 20.0]
avg = sum(readings) / len(readings)
print("avg", avg, "max", max(readings), "min", min(readings))
above = [r for r in readings if r > avg]
print("above avg:", above)
print("%.2f %5.1f %-8.3f|" % (avg, avg, avg))
