class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *args):
        Indent.level -= 1

    @staticmethod
    def say(msg):
        print("  " * Indent.level + msg)

Indent.say("top")
with Indent():
    Indent.say("one in")
    with Indent():
        Indent.say("two in")
        with Indent():
            Indent.say("three in")
    Indent.say("back to one")
Indent.say("top again")

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc)
        else:
            print("committed")
        return exc_type is ValueError

accounts = {"a": 100, "b": 50}
with Transaction(accounts) as acc:
    acc["a"] -= 30
    acc["b"] += 30
print(accounts)
with Transaction(accounts) as acc:
    acc["a"] -= 500
    if acc["a"] < 0:
        raise ValueError("overdraft")
print(accounts)
