class Ratio:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    @property
    def value(self):
        return self.num / self.den

for r in [Ratio(1, 2), Ratio(3, 4), Ratio(5, 0)]:
    print(r.num, r.den, r.value)
