"""Operating-system interfaces that Kiln programs may use: path names (`os.path`), the
environment and the process's identity. Kiln programs have no file access: functions
that read or change the file system raise NotImplementedError."""

import _kiln_os
import os.path as path

__all__ = ["altsep", "curdir", "defpath", "devnull", "environ", "extsep", "getcwd", "getenv", "getpid", "linesep", "name", "pardir", "path", "pathsep", "sep"]

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

environ = _kiln_os.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _kiln_os.getcwd()


def getpid():
    return _kiln_os.getpid()


def cpu_count():
    return _kiln_os.cpu_count()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def _no_files(what):
    return path._no_files(what, "os.")


listdir = _no_files("listdir")
scandir = _no_files("scandir")
walk = _no_files("walk")
stat = _no_files("stat")
lstat = _no_files("lstat")
mkdir = _no_files("mkdir")
makedirs = _no_files("makedirs")
remove = _no_files("remove")
unlink = _no_files("unlink")
rmdir = _no_files("rmdir")
removedirs = _no_files("removedirs")
rename = _no_files("rename")
replace = _no_files("replace")
chdir = _no_files("chdir")
system = _no_files("system")
open = _no_files("open")
read = _no_files("read")
write = _no_files("write")
close = _no_files("close")
urandom = _no_files("urandom")
chmod = _no_files("chmod")
utime = _no_files("utime")
symlink = _no_files("symlink")
readlink = _no_files("readlink")
access = _no_files("access")
popen = _no_files("popen")
kill = _no_files("kill")
getlogin = _no_files("getlogin")
