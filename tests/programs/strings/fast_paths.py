# Edge cases of the str, dict, formatting and sort fast paths: empty search ranges
# (CPython's ADJUST_INDICES), \x1c-\x1f as whitespace, results that are the receiver
# itself, non-ASCII offsets, tuple keys, %-format and format-spec ints, sort keys.
print("abc".find("", 2, 1), "abc".find("", 5), "abc".find("", 3), "abc".rfind("", 2, 1))
print("abc".count("", 2, 1), "abc".count("", 5), "abc".count("", 3), "aaaa".count("aa"))
print("abc".startswith("", 5), "abc".startswith("", 3), "abc".endswith("", 2, 1))
print("héllo".find("l", 1), "héllo".startswith("é", 1), "héllo".count("l", -3, -1), "héllo".rfind("l"))
print("abc".startswith(("x", "b"), 1), "abc".endswith(("x", "b"), 0, 2))
try:
    "abc".startswith(("a", 1))
except TypeError as e:
    print(e)
print("a\x1cb c\x1f".split(), "\x1c abc \x1f".strip(), "  a b  c  ".split(None, 1))
print(" a b ".split(" "), "a,b,,c".split(",", 2), "abc".split("abc"), "xxabcyy".strip("xy"))
s = "unchanged"
print(s.replace("z", "y") is s, s.strip() is s, s.split()[0] is s, "-".join([s]) is s)
print("abc".replace("", "-", 2), "aaa".replace("a", "bb", 2), "abcabc".replace("bc", "X"))
print("ab".partition("x"), "ab".rpartition("x"), "a=b=c".rpartition("="), "a=b".partition("="))
print("hello".capitalize(), "HELLO wORLD".capitalize(), "ßa".capitalize())
a, b = "héllo", "wörld"
print(a + b, len(a + b), (a + "")[1], len("é".join([a, b])), len(f"{a}{b}{1}"), (a + b)[-1])
print(int(" 42 "), int("-0"), int("+17"), int("1_000"), int("999999999999999999"), int("9999999999999999999"))
d = {}
for k in ["x", 1, (1, "x"), ("a", "b"), ("a", 2), (1.5, "q")]:
    d[k] = 1
    d[(k, k)] = 2
print(len(d), ("a", "b") in d, ("a", "c") in d, (1.0, "x") in d, (True, "x") in d)
print("%d %i %x %X %o %5d %-5d| %05d %+d % d %.3d %#x %#o" % (5, -6, 255, 255, 8, 42, 42, -42, 3, 4, 7, 255, 8))
print("%s|%d|%x" % ("a", True, 2**70), "%(a)s %(b)d" % {"a": 1, "b": 2})
for v in [0, -5, 255, 2**70]:
    print(f"{v:x}|{v:#X}|{v:08b}|{v:+d}|{v:>6}|{v:,}|{v:_x}|{v:e}")
print(str(-(2**47)), str(2**47 - 1), str(-2**63), [str(i) for i in range(-2, 2)])
data = [("w%d" % (i * 7919 % 50), i % 7, i) for i in range(60)]
print(sorted(data, key=lambda t: (-t[1], t[0]))[:5])
print(sorted(data, key=lambda t: (t[1], t[0]), reverse=True)[:5])
print(sorted(["b", "a", "é", "ab", "", "Z"]), sorted([(1, "a"), (1,), (0, "z", 1), (1, "a", 0)]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
class M:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear()
        return False
l = [0, 0, 0]
l[0] = M(l)
print(5 in l, l, "é" in "héllo", "" in "", "bc" in "abc")
