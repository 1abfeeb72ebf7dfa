n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 7; print(n)
m = 0b1111
m &= 0b1010; print(m)
m |= 0b0101; print(m)
m ^= 0b0011; print(m)
m <<= 3; print(m)
m >>= 2; print(m)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
t = (1,)
t += (2,)
print(t)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 41
print(b.v)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
st = {1}
st |= {2}
st -= {1}
print(st)
big = 2
big **= 100
print(big)
