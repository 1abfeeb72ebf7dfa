import sys
def g():
    try:
        raise ValueError('ctx')
    except ValueError:
        yield 1
        print("resumed, exc_info:", sys.exc_info()[0].__name__)
        yield 2
        raise
it = g()
print(next(it))
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", repr(e))

def h():
    try:
        raise KeyError('k')
    except KeyError:
        for i in range(3):
            yield i
        try:
            raise TypeError('inner')
        except TypeError as e:
            print("context:", repr(e.__context__))
print(list(h()))
print(sys.exc_info())

def consumer_side():
    try:
        raise IndexError('outer')
    except IndexError:
        gen = g()
        print(next(gen), next(gen))
        print("outer still", sys.exc_info()[0].__name__)
consumer_side()
print(sys.exc_info())

def f2():
    try:
        yield 1
    finally:
        print("finally exc:", sys.exc_info()[0])
x = f2(); next(x); x.close()
total = 0
def many():
    for i in range(1000):
        try:
            raise ValueError(i)
        except ValueError as e:
            yield e.args[0]
            assert sys.exc_info()[1] is e
for v in many():
    total += v
print(total)
