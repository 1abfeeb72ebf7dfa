products = [
    {"sku": "A1", "price": 9.99, "tags": ["sale", "new"], "stock": 3},
    {"sku": "B2", "price": 24.5, "tags": [], "stock": 0},
    {"sku": "C3", "price": 4.25, "tags": ["sale"], "stock": 12},
    {"sku": "D4", "price": 99.0, "tags": ["premium"], "stock": 1},
]
in_stock = [p["sku"] for p in products if p["stock"]]
print(in_stock)
on_sale = [p["sku"] for p in products if "sale" in p["tags"] and p["stock"] > 0]
print(on_sale)
discounted = {p["sku"]: round(p["price"] * (0.8 if "sale" in p["tags"] else 1.0), 2) for p in products}
print(discounted)
cheap_or_premium = [p["sku"] for p in products if p["price"] < 10 or "premium" in p["tags"]]
print(cheap_or_premium)
all_tags = sorted({t for p in products for t in p["tags"]})
print(all_tags)
restock = [(p["sku"], 10 - p["stock"]) for p in products if p["stock"] < 10]
print(restock)
print(sum(p["price"] * p["stock"] for p in products))
print(max(products, key=lambda p: p["price"] * p["stock"])["sku"])
