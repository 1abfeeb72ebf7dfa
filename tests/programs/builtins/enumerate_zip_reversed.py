names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(enumerate("ab", 10)))
ages = [31, 25, 40, 99]
for n, a in zip(names, ages):
    print(n, a)
print(list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(dict(zip(names, ages)))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))
print("".join(reversed("stressed")))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n.upper(), a + 1)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
r = reversed([1, 2, 3])
print(next(r), list(r))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
