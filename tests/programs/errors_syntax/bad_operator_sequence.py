# kiln: stderr-prefix: SyntaxError
a = 3
b = a * / 2
print(b)
