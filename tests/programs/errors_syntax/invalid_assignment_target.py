# kiln: stderr-prefix: SyntaxError
x = 1
x + 1 = 5
print(x)
