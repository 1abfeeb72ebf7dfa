def walk(xs, grow):
    t = 0
    n = 0
    for x in xs:
        t += x
        n += 1
        if grow and n < 50:
            xs.append(n)
        if grow and n == 70:
            del xs[60:]
    return t, n

def main():
    r = []
    for i in range(300):
        xs = list(range(i % 40))
        r.append(walk(xs, i % 3 == 0))
    print(r[:12], sum(a for a, b in r), sum(b for a, b in r))
    print(walk((1, 2, 3), False), walk([1.5, 2, True], False))
    it = iter([5, 6, 7])
    s = 0
    for k in range(5000):
        for x in it:
            s += x
            if x == 6:
                break
    print(s, list(it))
main()
