def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        value = count
        count += step
        return value
    return next_value

c1 = make_counter()
c2 = make_counter(100, 10)
print([c1() for _ in range(5)])
print([c2() for _ in range(3)])
print(c1(), c2())

def make_bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_bank(50)
print(dep(25), wd(100), wd(30), get())
dep2, _, get2 = make_bank(0)
dep2(1)
print(get(), get2())
