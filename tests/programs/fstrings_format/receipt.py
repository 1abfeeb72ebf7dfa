class LineItem:
    def __init__(self, name, qty, unit):
        self.name = name
        self.qty = qty
        self.unit = unit

    def total(self):
        return self.qty * self.unit

    def __format__(self, spec):
        if spec == "short":
            return f"{self.name} x{self.qty}"
        return f"{self.name:<14}{self.qty:>3} @ {self.unit:>6.2f} = {self.total():>8.2f}"

items = [LineItem("coffee", 2, 3.8), LineItem("bagel", 3, 2.25), LineItem("juice", 1, 4.5)]
for it in items:
    print(f"{it}")
print(", ".join(f"{it:short}" for it in items))
subtotal = sum(it.total() for it in items)
tax = round(subtotal * 0.0825, 2)
print(f"{'subtotal':>30}: {subtotal:8.2f}")
print(f"{'tax 8.25%':>30}: {tax:8.2f}")
print(f"{'total':>30}: {subtotal + tax:8.2f}")
print(format(items[0], "short"), "{:short}".format(items[1]))
tip_options = [0.15, 0.18, 0.2]
print(" | ".join(f"{t:.0%} -> {subtotal * t:.2f}" for t in tip_options))
