s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[::2], s[::-1], s[1:-1:3])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
u = "naïve café — 日本語"
print(len(u), u[2], u[9], u[-3:], u[::-1])
print(u[:5], u[6:10], u.upper())
for i, ch in enumerate("añ日"):
    print(i, ch, ord(ch), len(ch))
emoji = "ab😀cd"
print(len(emoji), emoji[2], emoji[3:], ord(emoji[2]))
print("abc" * 3, "-" * 10, 2 * "xy", "" * 5)
print("a" + "b" + "c", "x" in "xyz", "xy" in "axyz", "q" not in "abc")
print(s.index("o"), s.rindex("o"), s.find("z"), s.rfind("l"))
print("".join(reversed("stressed")))
print(str(12) + str(3.5) + str(None) + str(True))
print(min("hello"), max("hello"), sorted("banana"))
print("abc" < "abd", "Z" < "a", "apple" < "apples", "" < "a")
print(s[slice(0, 5)], s[slice(None, None, -3)])
