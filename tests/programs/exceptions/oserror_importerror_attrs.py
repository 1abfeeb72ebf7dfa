# OSError's errno, strerror and filename (and the subclass its errno names); ImportError's name and path.
e = OSError(2, "No such file")
print(str(e), e.errno, e.strerror, e.args, repr(e), e.filename)
e = OSError(2, "No such file", "a.txt")
print(str(e), e.errno, e.strerror, e.filename, e.args)
e = FileNotFoundError(2, "nope", "x")
print(str(e), e.errno, type(e).__name__)
e = OSError("plain")
print(str(e), e.errno, e.strerror, e.args)
e = PermissionError(13, "denied")
print(e, e.errno)
class MyErr(OSError):
    pass
print(MyErr(5, "io"), MyErr(5, "io").errno)
try:
    import nonexistent_mod_xyz
except ModuleNotFoundError as e:
    print(e.name, e.msg if hasattr(e, "msg") else "-", e)
e = ImportError("boom", name="mod", path="/p")
print(e.name, e.path, e, e.args)
print(OSError(2, "x").__class__.__name__)
