class E(Exception):
    def __str__(self):
        return "<" + super().__str__() + ">"
print(str(E("x")), repr(E("x")), E("a", 2))
class F(Exception): pass
print(Exception.__str__(F("z")), F("z").__str__(), Exception.__repr__(F("q")), repr(F()), str(F()))
class G(KeyError):
    def __repr__(self):
        return "G!" + super().__repr__()
print(str(G("k")), repr(G("k")), [G(1)])
class H(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
try:
    raise H(7, "bad value")
except ValueError as e:
    print(e, repr(e), e.args)
print(BaseException.__str__(KeyError("kk")))
raise E("final")
