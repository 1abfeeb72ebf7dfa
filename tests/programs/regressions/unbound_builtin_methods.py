# Unbound methods of built-in types check their receiver like CPython's descriptors.
print(str.upper("abc"), list.count([1, 2, 1], 1), dict.get({"k": 2}, "k"), int.bit_length(255))
for call in (lambda: str.upper(), lambda: dict.keys(), lambda: str.upper(5), lambda: list.append((1,), 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
