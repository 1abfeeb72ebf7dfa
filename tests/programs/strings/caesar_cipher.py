def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch

def encrypt(msg, k):
    return "".join(shift_char(c, k) for c in msg)

def decrypt(msg, k):
    return encrypt(msg, -k)

msg = "Attack at Dawn! Meet at the Old Mill, 6pm."
for k in [1, 3, 13, 25]:
    enc = encrypt(msg, k)
    print(k, enc, decrypt(enc, k) == msg)
print(encrypt(encrypt("Hello", 13), 13))

def vigenere(msg, key, sign=1):
    out = []
    i = 0
    for c in msg:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(shift_char(c, sign * k))
            i += 1
        else:
            out.append(c)
    return "".join(out)

v = vigenere(msg, "lemon")
print(v)
print(vigenere(v, "lemon", -1))
