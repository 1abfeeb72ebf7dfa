raw = """name,city,age,score
alice,Paris,34,88.5
bob,Berlin,28,92.0
carol,Paris,45,79.25
dave,Rome,31,85.0
erin,Berlin,39,90.5
frank,Rome,52,70.0"""

lines = raw.splitlines()
header = lines[0].split(",")
rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
for r in rows:
    r["age"] = int(r["age"])
    r["score"] = float(r["score"])
print(rows[0])
cities = sorted({r["city"] for r in rows})
print(cities)
for city in cities:
    members = [r for r in rows if r["city"] == city]
    avg = sum(r["score"] for r in members) / len(members)
    print(f"{city:<7} n={len(members)} avg={avg:.2f} oldest={max(members, key=lambda r: r['age'])['name']}")
over_30 = [r["name"].title() for r in rows if r["age"] > 30]
print(over_30)
ranked = sorted(rows, key=lambda r: r["score"], reverse=True)
print([(i + 1, r["name"]) for i, r in enumerate(ranked)])
buckets = {decade: [r["name"] for r in rows if r["age"] // 10 * 10 == decade] for decade in range(20, 60, 10)}
print(buckets)
