def readings():
    for raw in ["12", "15", "n/a", "18"]:
        yield float(raw)

total = 0.0
for r in readings():
    total += r
    print("total", total)
