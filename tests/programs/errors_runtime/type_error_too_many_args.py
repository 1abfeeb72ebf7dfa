def greet(name):
    return "hello " + name

def greet_all(names):
    for n in names:
        print(greet(n))
    print(greet(names[0], names[1]))

greet_all(["ann", "bob"])
