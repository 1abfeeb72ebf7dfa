# Found by tests/fuzz.rs: huge widths and precisions in str methods and formatting
# aborted the process (allocation failure) or panicked (Rust's formatter limits
# precision to 65535) instead of raising a Python exception or producing the string.

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r), r[:12], r[-12:])
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

big = 2**47
attempt("ljust", lambda: "a".ljust(big))
attempt("center", lambda: "a".center(big, "*"))
attempt("zfill", lambda: "-1".zfill(big))
attempt("percent width", lambda: "%*d" % (big, 1))
attempt("format width", lambda: f"{1:{big}}")
attempt("format width str", lambda: format("x", str(big)))
attempt("format precision", lambda: f"{1.5:.{2**40}f}")
attempt("percent precision", lambda: "%.*f" % (2**40, 1.0))
attempt("expandtabs", lambda: "\ta".expandtabs(2**40))

for n in (65535, 65536, 70000):
    attempt("fixed %d" % n, lambda: f"{0.1:.{n}f}")
    attempt("sci %d" % n, lambda: f"{5e-324:.{n}e}")
    attempt("general %d" % n, lambda: "%.*g" % (n, 1.7976931348623157e308))
    attempt("percent f %d" % n, lambda: "%.*f" % (n, 2.5))
