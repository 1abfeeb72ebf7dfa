class Tracker:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Tracker.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        Tracker.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else '-'} {exc_value}")
        return self.name == "swallow"

with Tracker("outer") as o:
    with Tracker("swallow") as s:
        Tracker.log.append(f"body {o} {s}")
        raise KeyError("inner problem")
    Tracker.log.append("after inner with")

try:
    with Tracker("x"), Tracker("y"):
        raise RuntimeError("both see it")
except RuntimeError:
    Tracker.log.append("handled outside")

for line in Tracker.log:
    print(line)

with Tracker("plain"):
    pass
print(Tracker.log[-1])
