from math import ceil

warehouse = {
    "widget": {"qty": 120, "reorder": 50, "cost": 2.5, "pack": 24},
    "gizmo": {"qty": 8, "reorder": 20, "cost": 14.0, "pack": 10},
    "sprocket": {"qty": 0, "reorder": 30, "cost": 0.75, "pack": 100},
    "flange": {"qty": 45, "reorder": 45, "cost": 6.2, "pack": 12},
}
sales = [("widget", 30), ("gizmo", 5), ("widget", 45), ("flange", 1), ("sprocket", 3), ("gizmo", 2)]
for item, n in sales:
    stock = warehouse[item]
    sold = min(n, stock["qty"])
    stock["qty"] -= sold
    if sold < n:
        print(f"backorder {item}: {n - sold}")
print(f"{'item':<10}{'qty':>5}{'reorder':>9}{'order':>7}{'cost':>9}")
total_cost = 0
for name in sorted(warehouse):
    s = warehouse[name]
    need = max(0, s["reorder"] * 2 - s["qty"]) if s["qty"] <= s["reorder"] else 0
    packs = ceil(need / s["pack"])
    cost = packs * s["pack"] * s["cost"]
    total_cost += cost
    print(f"{name:<10}{s['qty']:>5}{s['reorder']:>9}{packs:>7}{cost:>9.2f}")
print(f"{'total':<31}{total_cost:>9.2f}")
