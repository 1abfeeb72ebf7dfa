# An uncaught traceback keeps the line's trailing blanks (CPython's own printer), so carets show.
def f():
    raise ValueError("trailing")   


f()
