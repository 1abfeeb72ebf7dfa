def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "**"):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/()=<>,":
            tokens.append(("OP", ch))
            i += 1
        elif ch == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens

for src in ['x = 3 + 4.5 * (y_1 - 2)', 'if a >= 10 ** 2: print("big")', 'f(1,2)!=g']:
    try:
        for tok in tokenize(src):
            print(tok, end=" ")
        print()
    except SyntaxError as e:
        print("error:", e)
print(len(tokenize("a+b+c+d")))
