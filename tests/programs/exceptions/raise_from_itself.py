def f():
    raise ValueError('v')
try:
    f()
except ValueError as e:
    raise e from e
