# kiln: stderr-prefix: IndentationError
def empty_body():
print("oops")
