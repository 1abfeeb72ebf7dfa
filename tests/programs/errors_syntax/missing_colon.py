# kiln: stderr-prefix: SyntaxError
print("this line never runs: the whole file fails to compile")
def greet(name)
    return "hi " + name
print(greet("x"))
