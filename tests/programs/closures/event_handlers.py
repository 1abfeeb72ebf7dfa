class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(*args))
        return results

bus = EventBus()
log = []

@bus.on("login")
def greet(user):
    log.append(f"welcome {user}")
    return "greeted"

@bus.on("login")
def audit(user):
    log.append(f"audit login {user}")
    return "audited"

def make_threshold_alert(limit):
    def alert(value):
        if value > limit:
            log.append(f"ALERT {value} > {limit}")
            return True
        return False
    return alert

bus.on("reading")(make_threshold_alert(50))
bus.on("reading")(make_threshold_alert(80))
print(bus.emit("login", "ann"))
for v in [10, 60, 90]:
    print(v, bus.emit("reading", v))
print(bus.emit("unknown"))
for line in log:
    print(line)
