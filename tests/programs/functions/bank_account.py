class InsufficientFunds(Exception):
    pass

class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        gained = round(self.balance * self.interest_rate, 2)
        self.balance += gained
        self.history.append(("interest", gained))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

alice = Account("alice", 100)
bob = Account("bob")
alice.deposit(50)
transfer(alice, bob, 70)
print(alice, bob)
try:
    transfer(bob, alice, 500)
except InsufficientFunds as e:
    print("failed:", e)
try:
    bob.deposit(-5)
except ValueError as e:
    print("failed:", e)
alice.add_interest()
Account.interest_rate = 0.1
bob.add_interest()
print(alice, bob)
for acct in (alice, bob):
    print(acct.owner, acct.history)
