def apply(fn, value):
    return fn(value)

handlers = {"double": lambda x: x * 2, "name": "not a function"}
print(apply(handlers["double"], 21))
print(apply(handlers["name"], 21))
