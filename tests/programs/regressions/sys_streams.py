# sys.stdout/stderr/stdin, sys.version_info, and a recursion limit raised past 20000.
import sys
n = sys.stdout.write("hi\n")
print(n)
sys.stdout.write("x")
print("to err", file=sys.stderr)
print("to out", file=sys.stdout)
sys.stderr.write("err2\n")
sys.stdout.flush()
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.byteorder)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(repr(sys.stdin.readline()), sys.stdin.read(), sys.stdin.readlines())
sys.setrecursionlimit(100000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(21000))
