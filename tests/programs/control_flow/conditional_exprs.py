def fizzbuzz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 31)))
for n in range(1, 16):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    print(out or n, end=",")
print()
vals = [3, -1, 0, 8, -6]
print([v if v > 0 else 0 for v in vals])
print([abs(v) if v < 0 else -v for v in vals])
mx = vals[0]
for v in vals:
    mx = v if v > mx else mx
print(mx)
label = lambda n: ("neg" if n < 0 else "zero") if n <= 0 else "pos"
print([label(v) for v in vals])
