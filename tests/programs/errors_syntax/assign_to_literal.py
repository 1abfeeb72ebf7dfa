# kiln: stderr-prefix: SyntaxError
for i in range(3):
    print(i)
42 = answer
