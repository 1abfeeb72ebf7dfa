TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}

def run(events):
    state = "locked"
    coins = 0
    passes = 0
    for ev in events:
        nxt = TRANSITIONS.get((state, ev))
        if nxt is None:
            print("  bad event", ev)
            continue
        if ev == "coin":
            coins += 1
        if state == "unlocked" and ev == "push":
            passes += 1
        print(f"  {state:>8} --{ev}--> {nxt}")
        state = nxt
    return state, coins, passes

print(run(["push", "coin", "push", "coin", "coin", "push", "kick", "push"]))

def parse_number(s):
    state = "start"
    for ch in s:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            if ch.isdigit():
                state = "int"
            elif ch == "." and state == "int":
                state = "dot"
            else:
                state = "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            break
    return state in ("int", "frac")

for s in ["42", "-7", "3.14", "+.5", "1.", "abc", "", "12a", "-0.001"]:
    print(repr(s), parse_number(s))
