# Small standard-library modules: calendar, colorsys, fnmatch, gc, graphlib, html,
# keyword, timeit.
import calendar
import colorsys
import fnmatch
import gc
import graphlib
import html
import keyword
import timeit

print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 12, w=3, l=2), end="")
print(calendar.calendar(2024), end="")
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 3), end="")
print(calendar.TextCalendar(6).formatyear(2021, 3, 1, 2, 4), end="")
print(calendar.monthcalendar(2024, 2))
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.weekday(2024, 2, 29))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(list(calendar.month_name)[1:4], list(calendar.day_abbr))
print(list(calendar.Calendar(2).itermonthdays2(2024, 5))[:9])
print(list(calendar.Calendar().itermonthdays3(2024, 1))[:3])
print(list(calendar.Calendar(6).itermonthdays4(2024, 12))[-3:])
print(calendar.Calendar().yeardayscalendar(2024, 4)[0][1][:2])
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)))
print(calendar.weekheader(3))
print([d.isoformat() for d in calendar.Calendar().itermonthdates(2024, 2)][:2])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("error:", e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print("error:", e)

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.1, 0.9, 0.3)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print([round(x, 6) for x in hsv], [round(x, 6) for x in colorsys.hsv_to_rgb(*hsv)])
    print([round(x, 6) for x in hls], [round(x, 6) for x in colorsys.hls_to_rgb(*hls)])
    print([round(x, 6) for x in yiq], [round(x, 6) for x in colorsys.yiq_to_rgb(*yiq)])

names = ["main.py", "test_main.py", "data_01.csv", "data_1.csv", "README", "x.PY", "[a]"]
for pat in ["*.py", "test_*", "data_[0-9][0-9].csv", "?EADME", "[!d]*", "*.[pP][yY]", "[[]a]", "["]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatch("a.py", pat), fnmatch.translate(pat))

print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled(), gc.get_threshold())
gc.enable()

ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(sorted(ts.static_order()) and "ordered")
ts = graphlib.TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("compile", "fetch")
ts.add("link", "compile")
ts.add("test", "build")
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter({1: [2], 2: [3], 3: []})
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)
    ts.done(*ready)
try:
    list(graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"]}).static_order())
except graphlib.CycleError as e:
    print("cycle:", e.args)
ts = graphlib.TopologicalSorter({"x": ["y"]})
ts.prepare()
try:
    ts.done("x")
except ValueError as e:
    print(e)

print(html.escape("<a href=\"x\">Tom & Jerry's</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; cr&#232;me &#x41;&#66; &copy; &bogus; & x&amp"))

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
t = timeit.timeit(lambda: sorted([3, 1, 2]), number=50)
print(t >= 0)
r = timeit.repeat("y = x * 2", setup="x = 21", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
counter = {"n": 0}
def bump():
    counter["n"] += 1
timeit.Timer(bump).timeit(number=7)
print(counter["n"])
g = {"data": [5, 3, 1]}
timeit.timeit("data.sort()", globals=g, number=3)
print(g["data"])
import html
for s in ['&ampx','&copy2024','&notit;','&lt','&amp;amp;','&#0;','&#x110000;','&#128;','&#;','&#xZ','&LT;']: print(repr(html.unescape(s)))
