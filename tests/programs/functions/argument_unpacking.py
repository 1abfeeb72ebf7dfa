def point(x, y, z=0):
    return f"({x}, {y}, {z})"

coords = [1, 2, 3]
print(point(*coords))
print(point(*coords[:2]))
opts = {"y": 5, "x": 4}
print(point(**opts))
print(point(1, *[2], **{"z": 9}))

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(*range(5), start=100))

def show(**kw):
    return ", ".join(f"{k}={v}" for k, v in kw.items())

print(show(a=1, b=2), show(), show(**{"z": 26}, y=25))

def first_rest(first, *rest):
    return first, rest

print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(max(*[3, 8, 1]), min(4, *[9, 2]))
print(*[1, 2, 3], sep=" | ")
print(*"abc")
