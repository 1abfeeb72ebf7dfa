class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

m = Money(12345)
print(m)
print(str(m), repr(m))
print([m, Money(5, "EUR")])
print(f"{m} | {m!r} | {m!s}")
print("%s / %r" % (m, m))
print("{} {!r}".format(m, m))
print({"price": m})
print((m,))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

class OnlyStr:
    def __str__(self):
        return "only-str"

print(OnlyStr(), f"{OnlyStr()}")
