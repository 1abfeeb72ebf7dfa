# str.format_map looks names up in the mapping (dict subclass __missing__ applies)
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{name} is {age} in {city}".format_map(Default(name="Ann", age=30)))
print("{a}{b}{a}".format_map({"a": 1, "b": [2]}), "{x[0]}".format_map({"x": "yz"}))
try:
    "{a} {b}".format_map({"a": 1})
except KeyError as e:
    print("KeyError", e)
try:
    "{a[k]}".format_map({"a": {}})
except KeyError as e:
    print("KeyError", e)
