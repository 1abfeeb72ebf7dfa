class Event:
    def __init__(self, name, start, end):
        self.name = name
        self.start = start
        self.end = end

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __repr__(self):
        return f"{self.name}[{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}]"

def parse(name, span):
    a, b = span.split("-")
    to_min = lambda t: int(t[:2]) * 60 + int(t[3:])
    return Event(name, to_min(a), to_min(b))

events = [parse(n, s) for n, s in [
    ("standup", "09:00-09:15"), ("review", "09:10-10:00"), ("lunch", "12:00-13:00"),
    ("1on1", "12:30-13:00"), ("deploy", "15:00-16:30"), ("retro", "16:30-17:00"),
]]
events.sort(key=lambda e: (e.start, e.end))
print(events)
conflicts = [(a.name, b.name) for i, a in enumerate(events) for b in events[i + 1:] if a.overlaps(b)]
print("conflicts:", conflicts)
rooms = []
assignment = {}
for ev in events:
    for i, last_end in enumerate(rooms):
        if last_end <= ev.start:
            rooms[i] = ev.end
            assignment[ev.name] = i
            break
    else:
        rooms.append(ev.end)
        assignment[ev.name] = len(rooms) - 1
print("rooms needed:", len(rooms), assignment)
free = []
cursor = 9 * 60
for ev in events:
    if ev.start > cursor:
        free.append((cursor, ev.start))
    cursor = max(cursor, ev.end)
print("free slots:", [f"{a // 60}:{a % 60:02d}-{b // 60}:{b % 60:02d}" for a, b in free])
