import math

def compound(principal, rate, years, n=12):
    return principal * (1 + rate / n) ** (n * years)

def continuous(principal, rate, years):
    return principal * math.exp(rate * years)

for years in (1, 5, 10, 30):
    print(years, f"{compound(1000, 0.05, years):.2f}", f"{continuous(1000, 0.05, years):.2f}")

def years_to_double(rate):
    return math.log(2) / math.log(1 + rate)

for r in (0.01, 0.05, 0.07, 0.1):
    print(f"{r:.0%}", round(years_to_double(r), 3), "rule of 72:", round(72 / (r * 100), 2))

def amortize(principal, annual_rate, months):
    r = annual_rate / 12
    payment = principal * r / (1 - (1 + r) ** -months)
    balance = principal
    for m in range(1, months + 1):
        interest = balance * r
        balance -= payment - interest
        if m % 6 == 0 or m == 1:
            print(f"  month {m:2}: interest {interest:7.2f} balance {max(balance, 0):9.2f}")
    return payment

print(f"payment {amortize(10000, 0.06, 24):.2f}")
