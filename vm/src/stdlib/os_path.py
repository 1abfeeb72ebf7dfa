"""POSIX path names (`os.path`): pure string operations, as CPython's posixpath. Kiln
programs have no file access: the functions that ask the file system raise
NotImplementedError."""

import _kiln_os

__all__ = ["abspath", "basename", "commonprefix", "dirname", "expanduser", "isabs", "join", "normcase", "normpath", "relpath", "sep", "split", "splitext"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
devnull = "/dev/null"


def normcase(s):
    return s


def isabs(s):
    return s.startswith("/")


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    if not isabs(path):
        path = join(_kiln_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _kiln_os.environ().get("HOME")
        if home is None:
            return path
    else:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def _no_files(what, prefix="os.path."):
    """A function that refuses, as Kiln programs have no file access (os uses it too)."""
    def refuse(*args, **kwargs):
        raise NotImplementedError(prefix + what + "() is not supported (Kiln programs have no file access)")
    refuse.__name__ = what
    return refuse


exists = _no_files("exists")
isfile = _no_files("isfile")
isdir = _no_files("isdir")
islink = _no_files("islink")
getsize = _no_files("getsize")
getmtime = _no_files("getmtime")
realpath = _no_files("realpath")
