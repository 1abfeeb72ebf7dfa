class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

acct = Account("kim")
acct.deposit(50)
print(acct.owner, acct.balance)
acct.overdraft_protection_limit_xyz
