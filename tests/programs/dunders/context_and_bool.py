class Inventory:
    def __init__(self, items):
        self.items = dict(items)

    def __len__(self):
        return sum(self.items.values())

    def __bool__(self):
        return any(v > 0 for v in self.items.values())

    def __contains__(self, name):
        return self.items.get(name, 0) > 0

inv = Inventory({"apple": 2, "pear": 0})
print(len(inv), bool(inv), "apple" in inv, "pear" in inv, "kiwi" not in inv)
inv.items["apple"] = 0
print(len(inv), bool(inv))
if not inv:
    print("inventory empty")

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(bool(LenOnly(0)), bool(LenOnly(3)), "yes" if LenOnly(1) else "no")
print([x.n for x in [LenOnly(0), LenOnly(2)] if x])
class Neither:
    pass
print(bool(Neither()))
