class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0

    @staticmethod
    def tokenize(text):
        tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
                i = j
            elif c in "+-*/()^%":
                tokens.append(c)
                i += 1
            else:
                raise ValueError(f"unexpected {c!r}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            v = self.expr()
            if self.take() != ")":
                raise ValueError("missing )")
            return v
        tok = self.take()
        if not isinstance(tok, (int, float)):
            raise ValueError(f"expected number, got {tok!r}")
        return tok

def evaluate(text):
    p = Parser(text)
    v = p.expr()
    if p.peek() is not None:
        raise ValueError(f"trailing {p.peek()!r}")
    return v

for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2", "((2))", "2 * (3 + 4) * 5 - 1", "1.5 * 4", "2 ^ 100", "1 +", "3 $ 4", "(1 + 2", "4 / 0"]:
    try:
        print(f"{e:>22} = {evaluate(e)}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{e:>22} ! {type(err).__name__}: {err}")
