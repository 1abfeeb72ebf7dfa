# traceback for Kiln: formats exceptions with the interpreter's own traceback text (the
# one it prints for an uncaught exception). Stack inspection (extract_stack, walk_tb,
# FrameSummary) is not provided.
import sys
import _kiln_tb

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception", "format_exception_only", "print_last"]

_NO_VALUE = object()


def _chunks(text):
    # One string per header line, per frame (its "File" line with the source lines
    # under it) and per closing line, as CPython's lists hold them.
    # The sentence between chained exceptions is one string with its blank lines.
    out = []
    for line in text.splitlines(True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        elif out and out[-1].startswith("\n") and not out[-1].endswith("\n\n"):
            out[-1] += line
        elif out and not out[-1].startswith(("Traceback", "  File ", "\n")) and line != "Traceback (most recent call last):\n" and not line.startswith(("  File ", "\n")):
            # A message of several lines is one string.
            out[-1] += line
        else:
            out.append(line)
    return out


def _value_of(exc, value):
    if value is not _NO_VALUE:
        return value
    return exc


def _limit_unsupported(limit):
    if limit is not None:
        raise NotImplementedError("traceback: limit= is not supported (<kiln>/traceback.py)")


def format_exception(exc, value=_NO_VALUE, tb=_NO_VALUE, limit=None, chain=True):
    _limit_unsupported(limit)
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _chunks(_kiln_tb.format_exception(value))


def format_exception_only(exc, value=_NO_VALUE):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return [_chunks(_kiln_tb.format_exception(value))[-1]]


def print_exception(exc, value=_NO_VALUE, tb=_NO_VALUE, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for part in format_exception(exc, value, tb, limit, chain):
        file.write(part)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")
