for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while finished normally")

j = 0
while True:
    j += 1
    if j >= 4:
        break
else:
    print("not printed")
print("j", j)

for x in []:
    print("never")
else:
    print("empty for else runs")

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found at", idx)
            break
    else:
        print("not found")

find("abcdef", "d")
find("abcdef", "z")
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
        print(a, b)
    if outer_done:
        break
print("stopped at", a, b)
