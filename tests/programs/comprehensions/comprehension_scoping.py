n = 10
print([n * i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
def make():
    base = 100
    return [base + i for i in range(3)]
print(make())
class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Config.doubled)
i = "untouched"
_ = [i for i in range(5)]
print(i)
total = sum(k for k in range(5))
print(total)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][0] = 1
print(matrix)
names = ["a", "b"]
print({name: [name * k for k in range(1, 3)] for name in names})
