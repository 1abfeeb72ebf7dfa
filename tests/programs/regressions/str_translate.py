print("abc".translate({ord("a"): "A", ord("b"): None}), "hello".maketrans("el", "ip") == {101: 105, 108: 112})
t = str.maketrans("abc", "xyz", "!")
print(sorted(t.items()))
print("a!b!c".translate(t))
print("hello world".translate(str.maketrans({"l": "L", "o": None})))
tbl = str.maketrans("", "", ",.!?")
print("Hello, world! How are you?".translate(tbl).lower().split())
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
