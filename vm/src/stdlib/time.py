# time: the clocks (native, from `_kiln_time`) and the calendar functions. Kiln has no
# time-zone database: local time is UTC, as in `datetime`.
from _kiln_time import perf_counter, time, monotonic, perf_counter_ns, process_time, sleep, time_ns, monotonic_ns, process_time_ns

__all__ = ["perf_counter", "time", "monotonic", "perf_counter_ns", "process_time", "sleep", "time_ns", "monotonic_ns", "process_time_ns", "struct_time", "gmtime", "localtime", "mktime", "asctime", "ctime", "strftime", "strptime", "timezone", "altzone", "daylight", "tzname", "get_clock_info", "thread_time", "thread_time_ns"]

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")
thread_time = process_time
thread_time_ns = process_time_ns

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_BEFORE = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(" + ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self)) + ")"


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    # Days since 1970-01-01 of a proleptic Gregorian date.
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + _BEFORE[m] + (m > 2 and _isleap(y)) + d
    return days - 719163


def _from_seconds(secs, zone):
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        secs = int(secs // 1)
    elif not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    # Civil date from the day count (400-year eras of 146097 days).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, second, wday, yday, 0, zone, 0))


def gmtime(secs=None):
    return _from_seconds(secs, "GMT")


def localtime(secs=None):
    return _from_seconds(secs, "UTC")


def _as_struct(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def mktime(t):
    t = _as_struct(t, "mktime")
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    return float(((_days_from_civil(y, mo, 1) + d - 1) * 24 + h) * 3600 + mi * 60 + s)


def asctime(t=None):
    t = _as_struct(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


class _Utc:
    def utcoffset(self):
        return None


def strftime(format, t=None):
    import datetime
    t = _as_struct(t, "strftime")
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    tt = (t[0], t[1], t[2], t[3], t[4], t[5], 0, t[6], t[7])
    return datetime._format(_Utc(), format.replace("%Z", "UTC").replace("%z", "+0000"), tt)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    dt = datetime.datetime.strptime(string, format)
    return dt.timetuple()


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return "namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)" % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


def get_clock_info(name):
    if name == "time":
        return _ClockInfo("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09)
    if name in ("monotonic", "perf_counter"):
        return _ClockInfo("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09)
    if name in ("process_time", "thread_time"):
        return _ClockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09)
    raise ValueError("unknown clock")
