class Ledger:
    def __init__(self):
        self.entries = []
        self.balances = {}

    def post(self, date, debit, credit, amount, memo=""):
        if amount <= 0:
            raise ValueError(f"amount must be positive: {amount}")
        self.entries.append((date, debit, credit, amount, memo))
        self.balances[debit] = self.balances.get(debit, 0) + amount
        self.balances[credit] = self.balances.get(credit, 0) - amount

    def trial_balance(self):
        return sum(self.balances.values())

    def statement(self, account):
        running = 0
        lines = []
        for date, dr, cr, amt, memo in self.entries:
            if account in (dr, cr):
                delta = amt if dr == account else -amt
                running += delta
                lines.append(f"{date} {memo:<14}{delta:>+9.2f}{running:>10.2f}")
        return lines

ledger = Ledger()
ledger.post("01-02", "cash", "equity", 5000.00, "owner invest")
ledger.post("01-05", "inventory", "cash", 1200.50, "stock")
ledger.post("01-09", "cash", "sales", 830.25, "sales wk1")
ledger.post("01-16", "cash", "sales", 910.00, "sales wk2")
ledger.post("01-20", "rent", "cash", 750.00, "rent")
try:
    ledger.post("01-21", "cash", "sales", -5)
except ValueError as e:
    print("rejected:", e)
for line in ledger.statement("cash"):
    print(line)
print({k: round(v, 2) for k, v in sorted(ledger.balances.items())})
print("balanced:", round(ledger.trial_balance(), 2) == 0)
