# Constant set displays: layout of CPython compile-time frozensets (shared among equal ones)
print({100, 5, 37, 1024, 2048, 7})
print({-5, -1, 0, 3})
s = {100, 5, 37}
print(s)
print({5, 37, 100})
print({1, 9, 17})
print({9, 1, 17})
x = 5
print({x, 37, 100})
