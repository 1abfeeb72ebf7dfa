# Objects a compiled loop never stored anywhere (sunk allocations) are rebuilt when the
# code exits; one object named twice (two locals, two items of a list) must come back
# as one object, so that a change made through one name is seen through the other.
def alias_locals():
    t = 0
    for i in range(5000):
        o = [i]
        p = o
        if i % 1000 == 999:
            p.append(1)
            t += len(o)
        else:
            t += 1
        o = p = None
    return t


def alias_items():
    seen = 0
    for i in range(5000):
        a = [i]
        b = [a, a]
        if i % 700 == 699:
            b[0].append(0)
            seen += len(b[1]) + (b[0] is b[1])
    return seen


def alias_tuples():
    same = 0
    for i in range(5000):
        o = (i, i + 1)
        p = o
        if i % 900 == 899:
            same += p is o
    return same


print(alias_locals(), alias_items(), alias_tuples())
