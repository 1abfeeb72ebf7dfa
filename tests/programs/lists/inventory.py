inventory = []

def add_item(name, qty, price):
    for item in inventory:
        if item[0] == name:
            item[1] += qty
            return
    inventory.append([name, qty, price])

def remove_item(name, qty):
    for i, item in enumerate(inventory):
        if item[0] == name:
            if item[1] < qty:
                print("not enough", name)
                return False
            item[1] -= qty
            if item[1] == 0:
                del inventory[i]
            return True
    print("no such item", name)
    return False

add_item("bolt", 100, 0.05)
add_item("nut", 250, 0.03)
add_item("washer", 75, 0.02)
add_item("bolt", 20, 0.05)
print(inventory)
print(remove_item("nut", 50), remove_item("washer", 75), remove_item("gear", 1), remove_item("bolt", 500))
print(inventory)
value = sum(q * p for _, q, p in inventory)
print("stock value", round(value, 2))
inventory.sort(key=lambda it: it[1])
print([it[0] for it in inventory])
low = [name for name, q, _ in inventory if q < 150]
print("low stock", low)
