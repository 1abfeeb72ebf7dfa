# time's calendar functions: gmtime, struct_time, mktime, strftime, asctime, strptime.
import time
for secs in [0, 86399, 86400, 951782400, 1700000000, 1709210096.75, -1, -86401.5, 4102444800, 253402300799]:
    g = time.gmtime(secs)
    print(g)
    print(tuple(g), g.tm_year, g.tm_yday, g.tm_wday, time.mktime(g) == float(int(secs // 1)))
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %I %p %%", g))
    print(time.asctime(g), "|", time.strftime("%c | %x | %X", g))
t = time.time()
lt = time.localtime()
print(type(lt).__name__, len(lt), isinstance(lt, tuple), abs(time.mktime(lt) - t) < 5)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.timezone, time.daylight, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
from time import perf_counter, sleep, gmtime
print(gmtime(3600).tm_hour)
