def total_price(items):
    total = 0
    for name, price in items:
        total = total + price
        print(name, total)
    return total

print(total_price([("pen", 2), ("book", 12)]))
print(total_price([("lamp", 30), ("gift card", "25")]))
