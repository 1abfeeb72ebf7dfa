# Hand-written tokenizer and recursive-descent parser/evaluator.
# A seeded generator writes a source program in a tiny expression language,
# with statements such as
#     let total = (a + 17) * max(b, 3) - c % 5;
#     if total > 40 then x = total // 2 else x = -total;
#     print total;
# which is then scanned character by character into tokens, parsed into an
# AST of node objects (precedence climbing for binary operators), and
# evaluated three times against a dict environment.  Integer arithmetic
# only; products are reduced modulo a prime so numbers stay small.
# STATEMENTS scales the work linearly.
# Usage: tokenizer.py [STATEMENTS]
# bench-args: 40000
# bench-half: 20000
# bench-check: 150
import sys

MODULUS = 1000003
KEYWORDS = {"let", "print", "if", "then", "else"}
TWO_CHAR_OPS = {"==", "!=", "<=", ">=", "//", "&&", "||"}
ONE_CHAR_OPS = set("+-*%<>()=,;!?:")

# Binding power of each binary operator; higher binds tighter.
PRECEDENCE = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
    "+": 5, "-": 5,
    "*": 6, "//": 6, "%": 6,
}


class Token:
    def __init__(self, kind, text, line):
        self.kind = kind      # "num", "name", "kw", "op", "eof"
        self.text = text
        self.line = line

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    line = 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c == " " or c == "\t":
            i += 1
        elif c == "#":
            while i < n and src[i] != "\n":
                i += 1
        elif c.isdigit():
            start = i
            while i < n and src[i].isdigit():
                i += 1
            tokens.append(Token("num", src[start:i], line))
        elif c.isalpha() or c == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            kind = "kw" if word in KEYWORDS else "name"
            tokens.append(Token(kind, word, line))
        elif src[i:i + 2] in TWO_CHAR_OPS:
            tokens.append(Token("op", src[i:i + 2], line))
            i += 2
        elif c in ONE_CHAR_OPS:
            tokens.append(Token("op", c, line))
            i += 1
        else:
            raise ValueError(f"bad character {c!r} on line {line}")
    tokens.append(Token("eof", "", line))
    return tokens


# ---- AST -----------------------------------------------------------------

class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.get(self.name, 0)


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


class Not:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return 0 if self.operand.eval(env) else 1


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        op = self.op
        if op == "&&":
            return self.right.eval(env) if self.left.eval(env) else 0
        if op == "||":
            v = self.left.eval(env)
            return v if v else self.right.eval(env)
        a = self.left.eval(env)
        b = self.right.eval(env)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return (a * b) % MODULUS
        if op == "//":
            return a // b if b != 0 else 0
        if op == "%":
            return a % b if b != 0 else 0
        if op == "<":
            return int(a < b)
        if op == ">":
            return int(a > b)
        if op == "<=":
            return int(a <= b)
        if op == ">=":
            return int(a >= b)
        if op == "==":
            return int(a == b)
        return int(a != b)


class Cond:
    def __init__(self, test, yes, no):
        self.test = test
        self.yes = yes
        self.no = no

    def eval(self, env):
        if self.test.eval(env):
            return self.yes.eval(env)
        return self.no.eval(env)


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        values = [a.eval(env) for a in self.args]
        if self.name == "max":
            return max(values)
        if self.name == "min":
            return min(values)
        if self.name == "abs":
            return abs(values[0])
        return sum(values) % MODULUS


class Assign:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def run(self, env, out):
        env[self.name] = self.expr.eval(env)


class Print:
    def __init__(self, expr):
        self.expr = expr

    def run(self, env, out):
        out.append(self.expr.eval(env))


class If:
    def __init__(self, test, yes, no):
        self.test = test
        self.yes = yes
        self.no = no

    def run(self, env, out):
        if self.test.eval(env):
            self.yes.run(env, out)
        elif self.no is not None:
            self.no.run(env, out)


# ---- parser --------------------------------------------------------------

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise SyntaxError(f"line {tok.line}: expected {text!r}, got {tok.text!r}")
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
            self.expect(";")
        return stmts

    def statement(self):
        tok = self.peek()
        if tok.kind == "kw" and tok.text == "let":
            self.advance()
            return self.assignment()
        if tok.kind == "kw" and tok.text == "print":
            self.advance()
            return Print(self.expression(0))
        if tok.kind == "kw" and tok.text == "if":
            self.advance()
            test = self.expression(0)
            self.expect("then")
            yes = self.simple_statement()
            no = None
            if self.peek().text == "else":
                self.advance()
                no = self.simple_statement()
            return If(test, yes, no)
        return self.assignment()

    def simple_statement(self):
        if self.peek().text == "print":
            self.advance()
            return Print(self.expression(0))
        return self.assignment()

    def assignment(self):
        name = self.advance()
        if name.kind != "name":
            raise SyntaxError(f"line {name.line}: expected a name, got {name.text!r}")
        self.expect("=")
        return Assign(name.text, self.expression(0))

    def expression(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = PRECEDENCE.get(tok.text, -1) if tok.kind == "op" else -1
            if prec < min_prec or prec < 0:
                break
            self.advance()
            right = self.expression(prec + 1)
            left = BinOp(tok.text, left, right)
        if self.peek().text == "?" and min_prec == 0:
            self.advance()
            yes = self.expression(0)
            self.expect(":")
            no = self.expression(0)
            left = Cond(left, yes, no)
        return left

    def unary(self):
        tok = self.peek()
        if tok.text == "-":
            self.advance()
            return Neg(self.unary())
        if tok.text == "!":
            self.advance()
            return Not(self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = [self.expression(0)]
                while self.peek().text == ",":
                    self.advance()
                    args.append(self.expression(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise SyntaxError(f"line {tok.line}: unexpected {tok.text!r}")


# ---- source generator ----------------------------------------------------

class Rng:
    def __init__(self, seed):
        self.x = seed

    def below(self, n):
        self.x = (self.x * 1664525 + 1013904223) % 4294967296
        return (self.x >> 10) % n


VARS = ["a", "b", "c", "total", "count", "x_1", "y_2", "acc", "tmp", "limit"]
FUNCS = ["max", "min", "abs", "sum"]
GEN_OPS = ["+", "-", "*", "//", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||",
           "+", "-", "*", "+"]


def gen_expr(rng, depth):
    r = rng.below(10)
    if depth <= 0 or r < 3:
        if rng.below(2) == 0:
            return str(rng.below(100))
        return VARS[rng.below(len(VARS))]
    if r < 7:
        op = GEN_OPS[rng.below(len(GEN_OPS))]
        return f"{gen_expr(rng, depth - 1)} {op} {gen_expr(rng, depth - 1)}"
    if r == 7:
        return f"({gen_expr(rng, depth - 1)})"
    if r == 8:
        f = FUNCS[rng.below(len(FUNCS))]
        nargs = 1 if f == "abs" else 1 + rng.below(3)
        args = ", ".join(gen_expr(rng, depth - 1) for _ in range(nargs))
        return f"{f}({args})"
    if rng.below(2) == 0:
        return f"-{gen_expr(rng, depth - 1)}"
    return f"({gen_expr(rng, depth - 1)} ? {gen_expr(rng, depth - 1)} : {gen_expr(rng, depth - 1)})"


def gen_program(rng, count):
    lines = ["# generated program"]
    for i in range(count):
        r = rng.below(10)
        target = VARS[rng.below(len(VARS))]
        if r < 6:
            lines.append(f"let {target} = {gen_expr(rng, 4)};")
        elif r < 8:
            lines.append(f"if {gen_expr(rng, 2)} then {target} = {gen_expr(rng, 3)}"
                         f" else {target} = {gen_expr(rng, 2)};")
        else:
            lines.append(f"print {gen_expr(rng, 3)};")
        if i % 25 == 0:
            lines.append(f"# checkpoint {i}")
    return "\n".join(lines) + "\n"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    rng = Rng(4242)
    src = gen_program(rng, count)
    tokens = tokenize(src)
    kinds = {}
    for t in tokens:
        kinds[t.kind] = kinds.get(t.kind, 0) + 1
    program = Parser(tokens).program()
    # Run the program several times with different starting environments.
    checksum = 0
    printed = 0
    last_env = None
    for run in range(3):
        env = {name: (run * 37 + i * 11) % 50 for i, name in enumerate(VARS)}
        out = []
        for stmt in program:
            stmt.run(env, out)
        printed += len(out)
        for v in out:
            checksum = (checksum * 1000003 + v) % 4294967296
        last_env = env
    print(f"source: {len(src)} chars, {src.count(chr(10))} lines")
    print("tokens: " + ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
    print(f"statements={len(program)} printed={printed}")
    print("env: " + " ".join(f"{k}={last_env[k]}" for k in VARS))
    print(f"first tokens: {tokens[:4]}")
    print(f"checksum={checksum}")


main()
