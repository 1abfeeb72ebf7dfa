class VendingMachine:
    PRICES = {"cola": 125, "chips": 75, "candy": 60}

    def __init__(self):
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.credit = 0
        self.bank = 0

    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            print(f"rejected coin {cents}")
            return
        self.credit += cents
        print(f"credit {self.credit}")

    def select(self, item):
        if item not in self.PRICES:
            print(f"unknown item {item}")
            return None
        if self.stock[item] == 0:
            print(f"{item} sold out")
            return None
        price = self.PRICES[item]
        if self.credit < price:
            print(f"need {price - self.credit} more for {item}")
            return None
        self.stock[item] -= 1
        self.bank += price
        change = self.credit - price
        self.credit = 0
        print(f"vend {item}, change {self.make_change(change)}")
        return item

    @staticmethod
    def make_change(amount):
        coins = []
        for c in (25, 10, 5):
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins

vm = VendingMachine()
vm.insert(100)
vm.select("cola")
vm.insert(25)
vm.insert(3)
vm.select("cola")
vm.insert(100)
vm.select("candy")
vm.select("chips")
vm.insert(100)
vm.insert(25)
vm.insert(10)
vm.select("cola")
vm.insert(100)
vm.select("cola")
vm.select("gum")
print(vm.stock, vm.bank, vm.credit)
