# An uncaught exception of a nested class is named by its qualified name.
class Parser:
    class Error(Exception):
        pass

    def parse(self, text):
        if not text:
            raise Parser.Error("empty input")
        return text.split()


print(Parser().parse("a b"))
print(" \x1c\x1d\x1e\x1f\t".isspace(), "\x1c".split(), "a\x1fb".split())
Parser().parse("")
