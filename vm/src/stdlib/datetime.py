"""Dates and times (Kiln's datetime): naive date, time, datetime and timedelta in the
proleptic Gregorian calendar; local time is UTC; timezone supports fixed offsets only."""

import time as _time

__all__ = ["MAXYEAR", "MINYEAR", "date", "datetime", "time", "timedelta", "timezone"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _d
_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DAY_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _ord2ymd(n):
    # Counts 400-, 100-, 4- and 1-year cycles from 0001-01-01 (ordinal 1).
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _check_date(year, month, day):
    for v in (year, month, day):
        _check_int("", v)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    for v in (hour, minute, second, microsecond):
        _check_int("", v)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


class _Ordered:
    """Comparisons through `_keys(other)`: the two values to compare, or None when the
    other operand is not comparable (NotImplemented)."""

    __slots__ = ()

    def __eq__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] == k[1]

    def __lt__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] >= k[1]


class timedelta(_Ordered):
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days * 86400000000, seconds * 1000000, microseconds, milliseconds * 1000,
                 minutes * 60000000, hours * 3600000000, weeks * 604800000000)
        if all(isinstance(p, int) for p in parts):
            total = sum(parts)
        else:
            total = round(sum(parts))
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        self = object.__new__(cls)
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_divide_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_even(self._us(), other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_divide_even(d * self._us(), n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _keys(self, other):
        if isinstance(other, timedelta):
            return self._us(), other._us()
        return None

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _divide_even(a, b):
    """a / b rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format(obj, fmt, tt):
    """strftime: tt is (year, month, day, hour, minute, second, microsecond, weekday, yday)."""
    year, month, day, hour, minute, second, us, wday, yday = tt
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append("%d" % year if year >= 1000 else "%04d" % year)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % us)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "a":
            out.append(_DAY_NAMES[wday])
        elif d == "A":
            out.append(_DAY_FULL[wday])
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "B":
            out.append(_MONTH_FULL[month - 1])
        elif d == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif d == "u":
            out.append("%d" % (wday + 1))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wday], _MONTH_NAMES[month - 1], day, hour, minute, second, year))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%04d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append("" if off is None else _format_offset(off, ""))
        elif d == "Z":
            tz = getattr(obj, "tzinfo", None)
            out.append("" if tz is None else tz.tzname(obj))
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _format_offset(off, sep):
    sign = "+"
    us = off._us()
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


class date(_Ordered):
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.time()
        return cls.fromtimestamp(t)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(719163 + int(t // 86400))
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) == 10 and s[4] == "-" and s[7] == "-":
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd2ord(year, 1, 4)
        monday = first - (first - 1) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        first = _ymd2ord(year, 1, 4)
        week1 = first - (first - 1) % 7
        today = self.toordinal()
        if today < week1:
            year -= 1
            first = _ymd2ord(year, 1, 4)
            week1 = first - (first - 1) % 7
        else:
            nxt = _ymd2ord(year + 1, 1, 4)
            nxt_week1 = nxt - (nxt - 1) % 7
            if today >= nxt_week1:
                year += 1
                week1 = nxt_week1
        week, day = divmod(today - week1, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _yday(self):
        return _DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday())

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1], self._day, self._year)

    def strftime(self, fmt):
        return _format(self, fmt, (self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday()))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _keys(self, other):
        # A date and a datetime do not compare (a datetime compares itself).
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key(), other._key()
        return None

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= 3652059:
                return type(self).fromordinal(n)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


def _time_tuple(*fields):
    return _time.struct_time(fields + (-1,)) if hasattr(_time, "struct_time") else fields + (-1,)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    pass


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))


class time(_Ordered):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def isoformat(self, timespec="auto"):
        return _iso_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    __str__ = isoformat

    def strftime(self, fmt):
        return _format(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1))

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond, self._tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        return cls(*_parse_iso_time(s))

    def __repr__(self):
        args = "%d, %d" % (self._hour, self._minute)
        if self._second or self._microsecond:
            args += ", %d" % self._second
        if self._microsecond:
            args += ", %d" % self._microsecond
        return "datetime.time(%s)" % args

    def _keys(self, other):
        if isinstance(other, time):
            return self._key(), other._key()
        return None

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _iso_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _parse_iso_time(s):
    try:
        parts = s.split(":")
        hh = int(parts[0])
        mm = int(parts[1]) if len(parts) > 1 else 0
        ss, us = 0, 0
        if len(parts) > 2:
            sec = parts[2]
            if "." in sec:
                sec, frac = sec.split(".")
                us = int((frac + "000000")[:6])
            ss = int(sec)
        return hh, mm, ss, us
    except (ValueError, IndexError):
        raise ValueError("Invalid isoformat string: %r" % s) from None


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, rest = divmod(us, 86400000000)
        y, m, d = _ord2ymd(719163 + days)
        hh, rest = divmod(rest, 3600000000)
        mm, rest = divmod(rest, 60000000)
        ss, us = divmod(rest, 1000000)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = (result + tz.utcoffset(None)).replace(tzinfo=tz)
        return result

    utcfromtimestamp = fromtimestamp

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) < 10:
            raise ValueError("Invalid isoformat string: %r" % s)
        d = date.fromisoformat(s[:10])
        rest = s[10:]
        if not rest:
            return cls(d.year, d.month, d.day)
        tz = None
        body = rest[1:]
        for sign in ("+", "-"):
            if sign in body:
                body, off = body.split(sign, 1)
                hh, mm, ss, us = _parse_iso_time(off)
                delta = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone(delta if sign == "+" else -delta)
                break
        if body.endswith("Z"):
            body = body[:-1]
            tz = timezone.utc
        hh, mm, ss, us = _parse_iso_time(body)
        return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    def timestamp(self):
        off = self.utcoffset()
        t = (self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            t -= off.days * 86400 + off.seconds
        return t + self._microsecond / 1e6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset() or timedelta(0)
        utc = (self - off).replace(tzinfo=None)
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(
            self._year if year is None else year, self._month if month is None else month,
            self._day if day is None else day, self._hour if hour is None else hour,
            self._minute if minute is None else minute, self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo)

    def timetuple(self):
        return _time_tuple(self._year, self._month, self._day, self._hour, self._minute, self._second,
                           self.weekday(), self._yday())

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _iso_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _format(self, fmt, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                   self._microsecond, self.weekday(), self._yday()))

    def __repr__(self):
        args = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour, self._minute)
        if self._second or self._microsecond:
            args += ", %d" % self._second
        if self._microsecond:
            args += ", %d" % self._microsecond
        if self._tzinfo is not None:
            args += ", tzinfo=%r" % (self._tzinfo,)
        return "datetime.datetime(%s)" % args

    def _us(self):
        t = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        t = t * 1000000 + self._microsecond
        off = self.utcoffset()
        if off is not None:
            t -= off._us()
        return t

    def _both(self, other):
        if not isinstance(other, datetime):
            return False
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return True

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._us() == other._us()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if self._both(other):
            return self._us() < other._us()
        return _no_compare(self, other, "<")

    def __le__(self, other):
        if self._both(other):
            return self._us() <= other._us()
        return _no_compare(self, other, "<=")

    def __gt__(self, other):
        if self._both(other):
            return self._us() > other._us()
        return _no_compare(self, other, ">")

    def __ge__(self, other):
        if self._both(other):
            return self._us() >= other._us()
        return _no_compare(self, other, ">=")

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if isinstance(other, timedelta):
            t = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
            t = t * 1000000 + self._microsecond + other._us()
            days, rest = divmod(t, 86400000000)
            if not 0 < days <= 3652059:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(days)
            hh, rest = divmod(rest, 3600000000)
            mm, rest = divmod(rest, 60000000)
            ss, us = divmod(rest, 1000000)
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented


def _no_compare(a, b, op):
    if isinstance(b, date):
        raise TypeError("can't compare datetime.datetime to datetime.date")
    return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _strptime(text, fmt):
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    pm = None
    i = 0
    j = 0
    n = len(text)
    bad = ValueError("time data %r does not match format %r" % (text, fmt))

    def number(pos, width):
        end = pos
        while end < n and end - pos < width and text[end].isdigit():
            end += 1
        if end == pos:
            raise bad
        return int(text[pos:end]), end

    def name(pos, names):
        for k, nm in enumerate(names):
            if text[pos:pos + len(nm)].lower() == nm.lower():
                return k, pos + len(nm)
        raise bad

    while j < len(fmt):
        c = fmt[j]
        if c == "%" and j + 1 < len(fmt):
            d = fmt[j + 1]
            j += 2
            if d == "Y":
                year, i = number(i, 4)
            elif d == "y":
                v, i = number(i, 2)
                year = 2000 + v if v < 69 else 1900 + v
            elif d == "m":
                month, i = number(i, 2)
            elif d == "d":
                day, i = number(i, 2)
            elif d == "H":
                hour, i = number(i, 2)
            elif d == "I":
                hour, i = number(i, 2)
                pm = pm or False
            elif d == "M":
                minute, i = number(i, 2)
            elif d == "S":
                second, i = number(i, 2)
            elif d == "f":
                start = i
                v, i = number(i, 6)
                us = int((text[start:i] + "000000")[:6])
            elif d == "p":
                k, i = name(i, ["AM", "PM"])
                pm = k == 1
            elif d == "b" or d == "h":
                k, i = name(i, _MONTH_FULL + _MONTH_NAMES)
                month = k % 12 + 1
            elif d == "B":
                k, i = name(i, _MONTH_FULL)
                month = k + 1
            elif d == "a":
                _, i = name(i, _DAY_FULL + _DAY_NAMES)
            elif d == "A":
                _, i = name(i, _DAY_FULL)
            elif d == "j":
                v, i = number(i, 3)
                y, m, dd = _ord2ymd(_ymd2ord(year, 1, 1) + v - 1)
                month, day = m, dd
            elif d == "%":
                if i >= n or text[i] != "%":
                    raise bad
                i += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        elif c.isspace():
            j += 1
            while i < n and text[i].isspace():
                i += 1
        else:
            if i >= n or text[i] != c:
                raise bad
            i += 1
            j += 1
    if i != n:
        raise ValueError("unconverted data remains: %s" % text[i:])
    if pm is not None:
        if pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    return year, month, day, hour, minute, second, us
