import re
text = "The quick brown fox jumps over the lazy dog. It was 2023-10-05 at 14:30; call 555-1234 or 555-9876!"
print(re.findall(r"\w+", text)[:6], len(re.findall(r"\w+", text)))
print(re.findall(r"\d{3}-\d{4}", text), re.findall(r"(\d+)-(\d+)-(\d+)", text))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", text)
print(m, m.group(), m.group(1), m.group("month"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end("day"), m[3])
print(re.match(r"the", text), re.match(r"the", text, re.I), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"), re.sub(r"x*", "-", "abxd"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " a b "), re.split(r",", "a,b,c", maxsplit=1))
print(re.findall(r"a*", "baaa"), re.findall(r"\b\w", "hello big world"), re.findall(r"(a)(b)?", "ab a"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
p = re.compile(r"^(\w+):\s*(.*)$", re.M)
conf = "name: kiln\nversion: 1.0\n# comment\nmode:fast"
print(p.findall(conf), p, re.compile("a", re.I | re.S))
print(re.findall(r"(?i)HELLO", "hello Hello HELLO"), re.findall(r"colou?r", "color colour colr"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,}?", "aaaaa"))
print(re.search(r"(\w)\1", "abccd").group(), re.findall(r"(?<=\$)\d+", "cost $42 and $7"), re.findall(r"\d+(?= dollars)", "5 dollars 6 euros"), re.findall(r"foo(?!bar)", "foobar foobaz"))
print(re.escape("a.b*c?"), re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"[A-Z][a-z]*", "Hello World FOO"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(a+)+b", "aaab").group(1))
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "user.name+tag@example.co.uk")), bool(re.match(r"^\d{5}(-\d{4})?$", "12345-678")))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub("a", r"\n", "bab") == "b\nb")
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it? Yes it is.".lower())
print(words)
print(re.compile(r"""
    (\d+)   # number
    \s*
    ([a-z]+)  # unit
""", re.X).findall("10 kg 5m"))
print(re.sub(r"^", "> ", "a\nb", flags=re.M), re.findall(r".", "a\nb", re.S), re.findall(r"$", "a\nb\n"))
try:
    re.compile(r"(ab")
except re.error as e:
    print("error:", e)
try:
    re.compile(r"*a")
except re.error as e:
    print("error:", e)
print(re.match(r"x", "abc"), re.search(r"c$", "abc").start(), re.findall(r"", "ab"))
big = "ab" * 500
print(len(re.findall(r"a", big)), re.search(r"b+$", "a" + "b" * 300).end(), len(re.match(r".*", "x" * 500).group()))
