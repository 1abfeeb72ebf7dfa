# Deeply nested containers: repr and == raise RecursionError like CPython instead of
# recursing natively without bound.
l = []
for i in range(3000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print("RecursionError", e)
m = []
for i in range(3000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError", e)
shallow = [[[1, 2], (3, [4])]]
print(repr(shallow), shallow == [[[1, 2], (3, [4])]])
