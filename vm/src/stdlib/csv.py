# csv for Kiln: reader, writer, DictReader and DictWriter with the excel, excel-tab and
# unix dialects and the dialect keywords (delimiter, quotechar, escapechar, doublequote,
# skipinitialspace, lineterminator, quoting, strict). No Sniffer.

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer", "DictReader", "DictWriter", "register_dialect", "get_dialect", "list_dialects", "field_size_limit"]

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(new_limit=None):
    return 131072


class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"):
            setattr(self, name, fmtparams.get(name, getattr(dialect, name)))
        for name in fmtparams:
            if not hasattr(Dialect, name):
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")


class _Reader:
    def __init__(self, lines, params):
        self._lines = iter(lines)
        self._p = params
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        p = self._p
        fields = []
        field = []
        quoted = False      # inside a quoted field
        was_quoted = False  # the current field was quoted
        started = False     # a field has begun on this record
        while True:
            line = next(self._lines)
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)" % type(line).__name__)
            if not quoted and not started and line in ("\n", "\r\n", "\r", ""):
                return []
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if quoted:
                    if c == p.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 2
                        continue
                    if c == p.quotechar:
                        if p.doublequote and i + 1 < n and line[i + 1] == p.quotechar:
                            field.append(c)
                            i += 2
                            continue
                        quoted = False
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if c == p.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    started = True
                    i += 2
                    continue
                if c == p.delimiter:
                    fields.append(self._finish("".join(field), was_quoted))
                    field = []
                    was_quoted = False
                    started = True
                    i += 1
                    if p.skipinitialspace:
                        while i < n and line[i] == " ":
                            i += 1
                    continue
                if c in "\r\n":
                    i += 1
                    continue
                if c == p.quotechar and p.quoting != QUOTE_NONE and not field:
                    quoted = True
                    was_quoted = True
                    started = True
                    i += 1
                    continue
                if c == p.quotechar and p.strict and p.quoting != QUOTE_NONE:
                    raise Error("'%s' expected after '%s'" % (p.delimiter, p.quotechar))
                field.append(c)
                started = True
                i += 1
            if quoted:
                # The quoted field goes on over the next line (newline included).
                continue
            fields.append(self._finish("".join(field), was_quoted))
            return fields

    def _finish(self, text, was_quoted):
        if self._p.quoting == QUOTE_NONNUMERIC and not was_quoted and text != "":
            return float(text)
        return text


class _Writer:
    def __init__(self, f, params):
        self._f = f
        self._p = params
        self.dialect = params

    def _field(self, v, only):
        p = self._p
        if v is None:
            text = ""
        elif isinstance(v, float):
            text = repr(v)
        else:
            text = str(v)
        numeric = isinstance(v, (int, float))
        if p.quoting == QUOTE_ALL:
            quote = True
        elif p.quoting == QUOTE_NONNUMERIC:
            quote = not numeric
        elif p.quoting == QUOTE_NONE:
            quote = False
        else:
            escaped_quote = not p.doublequote and p.escapechar
            quote = (p.delimiter in text or (p.quotechar is not None and p.quotechar in text and not escaped_quote)
                     or "\n" in text or "\r" in text or (only and text == "")
                     or (text[:1] == " " and p.skipinitialspace))
        if p.quoting == QUOTE_NONE:
            out = []
            for ch in text:
                if ch in (p.delimiter, p.quotechar, "\n", "\r") or (p.escapechar and ch == p.escapechar):
                    if not p.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(p.escapechar)
                out.append(ch)
            return "".join(out)
        if p.quotechar is not None and p.quotechar in text:
            if p.doublequote:
                text = text.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar:
                text = text.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error("need to escape, but no escapechar set")
        if quote:
            return p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        only = len(items) == 1
        line = self._p.delimiter.join(self._field(v, only) for v in items) + self._p.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, _Params(dialect, fmtparams))


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
