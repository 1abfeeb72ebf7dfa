records = [
    {"name": "Alice", "dept": "Engineering", "salary": 125000, "rating": 4.7},
    {"name": "Bob", "dept": "Marketing", "salary": 78000, "rating": 3.9},
    {"name": "Carol", "dept": "Engineering", "salary": 142500, "rating": 4.95},
    {"name": "Dan", "dept": "Sales", "salary": 66000, "rating": 4.05},
]
cols = ["name", "dept", "salary", "rating"]
widths = {c: max(len(c), max(len(str(r[c])) for r in records)) for c in cols}
print(" | ".join(c.upper().ljust(widths[c]) for c in cols))
print("-+-".join("-" * widths[c] for c in cols))
for r in records:
    cells = []
    for c in cols:
        v = r[c]
        if isinstance(v, str):
            cells.append(v.ljust(widths[c]))
        else:
            cells.append(str(v).rjust(widths[c]))
    print(" | ".join(cells))
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
for dept, sal in by_dept.items():
    print(f"{dept:>12}: n={len(sal)} avg={sum(sal) / len(sal):>12,.2f}")
