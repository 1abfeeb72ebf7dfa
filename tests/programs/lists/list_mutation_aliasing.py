def append_to(xs, v):
    xs.append(v)
    return xs

a = [1]
b = append_to(a, 2)
print(a, b, a is b)

def rebind(xs):
    xs = xs + [99]
    return xs

c = rebind(a)
print(a, c)
d = a
d += [3]
print(a, d, a is d)
e = a
e = e + [4]
print(a, e)
rows = [[]] * 2
rows[0].append("shared")
print(rows)
x = [1, 2, 3]
y = x
x[:] = [7, 8]
print(y)
x = [9]
print(y, x)
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
lst2 = [5, 6]
lst2 *= 3
print(lst2)
i = 0
items = [1, 2, 3, 4, 5, 6]
while i < len(items):
    if items[i] % 2 == 0:
        items.pop(i)
    else:
        i += 1
print(items)
