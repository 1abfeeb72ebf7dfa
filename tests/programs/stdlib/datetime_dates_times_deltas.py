from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 1, 15)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(days=30), d - timedelta(weeks=3), date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - d).days)
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y"), f"{d:%d.%m.%Y}", d.replace(day=31), d.ctime())
print(date.fromisoformat("2023-12-31"), date.fromordinal(738000), d < date(2024, 2, 1), d == date(2024, 1, 15), hash(d) == hash(date(2024, 1, 15)))
dt = datetime(2024, 1, 15, 10, 30)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(timespec="minutes"), dt + timedelta(hours=20, minutes=45))
print(datetime(2024, 3, 10, 12, 0, 5, 250) - datetime(2024, 3, 1), repr(datetime(2024, 1, 1, 0, 0, 7)), repr(datetime(2024, 1, 1, 1, 2, 3, 4)))
print(dt.strftime("%H:%M:%S %I %p %f"), datetime.strptime("2023-07-04 15:45:10", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04 Jul 2023 3:45PM", "%d %b %Y %I:%M%p"))
print(datetime.fromisoformat("2024-02-29T23:59:59.5"), datetime.fromisoformat("2024-02-29"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, td // timedelta(hours=1), -td, abs(-td), timedelta(0), repr(timedelta(0)), timedelta(microseconds=-1))
print(timedelta(hours=36) > timedelta(days=1), sum([timedelta(minutes=m) for m in (5, 10, 20)], timedelta()), timedelta(days=2) / timedelta(hours=12), divmod(timedelta(hours=25), timedelta(days=1)))
print(time(14, 5), repr(time(14, 5, 30)), time(9, 0) < time(17, 30), time(1, 2, 3, 4).isoformat(), time.fromisoformat("08:15"))
t = datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc)
print(t, repr(t), t.isoformat(), t.tzname(), t.utcoffset(), timezone(timedelta(hours=-5)), t.astimezone(timezone(timedelta(hours=2))))
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 366, 40)]
print([x.strftime("%a %d %b") for x in days])
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), max(datetime(2024, 1, 1, 5), datetime(2024, 1, 1, 3)))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime.strptime("2023/07/04", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(date(2000, 2, 29).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(1, 1, 1).toordinal(), date.max, datetime.min)
print(datetime(2024, 1, 31) + timedelta(days=1), date(2024, 12, 31) + timedelta(days=1), datetime(2024, 1, 1) == date(2024, 1, 1))
