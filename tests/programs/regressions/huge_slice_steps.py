# Found by tests/fuzz.rs: a slice step near +-2**63 overflowed the slice-length
# arithmetic ("capacity overflow" panic) for tuples, lists and str.
t = (1, 2, 3)
print(t[::--2**63-1], t[::2**63 - 1], t[::-2**63 + 1], t[::-2**63])
l = [1, 2, 3, 4]
print(l[::2**63 - 1], l[::-2**63 + 1], l[1::2**62], l[-1::-2**62])
s = "abcé"
print(s[::2**63 - 1], s[::-2**63 + 1], "abc"[::2**63 - 1], "abc"[::-2**63])
x = [1, 2, 3]
x[::2**63 - 1] = [9]
print(x)
del x[::-2**63 + 1]
print(x)
r = range(0, 10, 2)
print(r[::2**61], r[::-2**61], list(r[::-2**61]))
