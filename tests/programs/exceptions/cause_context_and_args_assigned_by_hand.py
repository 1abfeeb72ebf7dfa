e = ValueError('manual')
print(e.__suppress_context__)
e.__cause__ = KeyError('cause')
print(e.__suppress_context__, repr(e.__cause__))
e2 = Exception("a", "b")
e2.args = ("c",)
print(e2, e2.args)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError", t)
try:
    raise ValueError('a')
except ValueError:
    try:
        e3 = TypeError('b')
        e3.__suppress_context__ = True
        raise e3
    except TypeError as x:
        print(x.__suppress_context__, repr(x.__context__))
x = RuntimeError("ctx test")
x.__context__ = KeyError("ctx")
raise x
