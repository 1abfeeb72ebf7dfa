orders = [
    ("alice", "book", 12.5),
    ("bob", "pen", 1.25),
    ("alice", "pen", 1.25),
    ("carol", "book", 15.0),
    ("bob", "lamp", 30.0),
    ("alice", "lamp", 28.0),
]
per_customer = {}
for cust, item, price in orders:
    per_customer[cust] = per_customer.get(cust, 0) + price
print(per_customer)
items_by_cust = {}
for cust, item, _ in orders:
    items_by_cust.setdefault(cust, []).append(item)
print(items_by_cust)
item_counts = {}
for _, item, _ in orders:
    if item not in item_counts:
        item_counts[item] = 0
    item_counts[item] += 1
print(item_counts)
top = sorted(per_customer.items(), key=lambda kv: kv[1], reverse=True)
print(top[0], top[-1])
histogram = {}
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    histogram[n] = histogram.get(n, 0) + 1
for n in sorted(histogram):
    print(n, "*" * histogram[n])
most = max(histogram, key=lambda k: (histogram[k], -k))
print("mode", most)
