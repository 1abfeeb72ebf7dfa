# fnmatch: shell-style pattern matching (`*`, `?`, `[seq]`, `[!seq]`) through `re`.
# Paths are POSIX ones: fnmatch() is case-sensitive, like fnmatchcase().
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _compiled(pat):
    r = _cache.get(pat)
    if r is None:
        r = _cache[pat] = re.compile(translate(pat)).match
    return r


def fnmatch(name, pat):
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compiled(pat)(name) is not None


def filter(names, pat):
    match = _compiled(pat)
    return [n for n in names if match(n) is not None]


def translate(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            body = pat[i:j]
            i = j + 1
            if not body:
                out.append("(?!)")
                continue
            if body == "!":
                out.append(".")
                continue
            neg = body[0] == "!"
            if neg:
                body = body[1:]
            body = body.replace("\\", "\\\\")
            for op in "&~|":
                body = body.replace(op, "\\" + op)
            if body[0] in "^[":
                body = "\\" + body
            out.append("[" + ("^" if neg else "") + body + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"
