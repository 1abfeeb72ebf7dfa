rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Doohickey", 1, 199.99),
    ("Thingamajig", 25, 0.4),
]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<12}{'':>5}{'':>10}{grand:>12,.2f}")
print(f"{'avg price':<12}{sum(r[2] for r in rows) / len(rows):>27.3f}")
cheapest = min(rows, key=lambda r: r[2])
print(f"cheapest: {cheapest[0]!r} at ${cheapest[2]:.2f}")
pct = [r[1] * r[2] / grand for r in rows]
for (name, _, _), p in zip(rows, pct):
    bar = "#" * int(p * 40)
    print(f"{name:>12} {p:6.1%} {bar}")
