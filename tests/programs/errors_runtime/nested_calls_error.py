class Parser:
    def parse(self, text):
        return [self.parse_line(line) for line in text.splitlines()]

    def parse_line(self, line):
        key, _, value = line.partition(":")
        return key.strip(), self.parse_value(value.strip())

    def parse_value(self, v):
        if v.startswith("["):
            return [self.parse_value(x.strip()) for x in v[1:-1].split(",")]
        return int(v)

p = Parser()
print(p.parse("a: 1\nb: [2, 3]"))
print(p.parse("c: 4\nd: [5, six]"))
