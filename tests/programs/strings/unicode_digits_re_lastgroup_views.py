# str.isdigit/isdecimal/isnumeric on non-ASCII digits and numerals; re lastindex and
# lastgroup name the group that closed last (the outer one of nested groups); dict views'
# hashability.
for s in ["½", "２", "٣", "²", "③", "Ⅻ", "12", "", "1a", "٣٤", "⁹", "₅", "𝟘"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric())
import re
m = re.match(r"(?P<num>\d+(\.\d+)?)", "3.14"); print(m.lastindex, m.lastgroup)
print(re.match(r"(a(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)x", "ax").lastindex, re.match(r"x", "x").lastindex)
tok = re.compile(r"(?P<NUM>\d+(?:\.\d*)?)|(?P<ID>[a-z_]\w*)|(?P<OP>[-+*/=()])|(?P<WS>\s+)")
print([(m.lastgroup, m.group()) for m in tok.finditer("x = 3.5 * (y1 + 42)") if m.lastgroup != "WS"])
d = {1: 2}
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    {1: 2}[::-1]
except TypeError as e:
    print("TypeError:", e)
