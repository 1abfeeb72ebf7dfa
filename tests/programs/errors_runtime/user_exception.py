class InsufficientFunds(Exception):
    pass

class Wallet:
    def __init__(self, cash):
        self.cash = cash

    def pay(self, amount):
        if amount > self.cash:
            raise InsufficientFunds(f"need {amount}, have {self.cash}")
        self.cash -= amount
        print("paid", amount, "left", self.cash)

w = Wallet(20)
w.pay(5)
w.pay(10)
w.pay(25)
