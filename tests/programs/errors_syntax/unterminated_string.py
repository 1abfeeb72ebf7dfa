# kiln: stderr-prefix: SyntaxError
message = "hello
print(message)
