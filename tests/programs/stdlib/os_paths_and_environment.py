# os and os.path: path-name operations (posixpath's results), the environment, the
# process; file-system functions raise NotImplementedError (Kiln has no file access).
import os
import os.path
from os.path import join, splitext
import sys

print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
print(join("a", "b", "c.txt"), join("/x", "/abs", "y"), join("a/", "b"), join("", "z"))
for p in ["a/b/c.tar.gz", "/", "", "a/", ".bashrc", "dir/.hidden", "x.y/z", "//a//b/../c/./d", "../../a", "/../x"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.normpath(p), os.path.isabs(p))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), os.path.commonprefix([]))
print(os.getenv("KILN_SURELY_UNSET_VAR_42", "fallback"), os.environ.get("KILN_SURELY_UNSET_VAR_42"), isinstance(os.environ.get("PATH", ""), str))
print(os.path.abspath("q") == os.path.join(os.getcwd(), "q"), os.path.relpath("/a/b/c", "/a/x"), isinstance(os.getpid(), int))
print(os.path.expanduser("~kiln_no_such_user/x"), os.path.expanduser("x/~"), os.path.basename(sys.argv[0]))
print(os.path is os.path, splitext("f.py"))
