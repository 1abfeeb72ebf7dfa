def count():
    i = 0
    while True:
        yield i
        i += 1
try:
    a, b = count()
except ValueError as e:
    print(e)
a, *b = "xyz"
print(a, b)
for x, y in [(1, 2), "ab"]:
    print(x, y)
try:
    for x, y in [1]:
        pass
except TypeError as e:
    print(e)
class It:
    def __iter__(self):
        raise TypeError("custom")
try:
    a, b = It()
except TypeError as e:
    print(e)
print(dict([(1, 2), "ab", [3, 4]]))
try:
    dict([(1, 2), 5])
except TypeError as e:
    print(e)
try:
    dict(["abc"])
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)
