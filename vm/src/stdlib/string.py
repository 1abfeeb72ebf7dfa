"""String constants and capwords (Kiln's string)."""

__all__ = ["Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits", "printable", "punctuation", "whitespace"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(w.capitalize() for w in s.split(sep))


class Template:
    """`$name`, `${name}` and `$$` substitution."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == "$":
                out.append("$")
                i += 2
                continue
            braced = i + 1 < n and t[i + 1] == "{"
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (t[k] == "_" or t[k].isalnum() and t[k].isascii()) and not (k == j and t[k].isdigit()):
                k += 1
            name = t[j:k]
            if braced and (k >= n or t[k] != "}"):
                name = ""
            if not name:
                if safe:
                    out.append("$")
                    i += 1
                    continue
                line = t.count("\n", 0, i) + 1
                col = i - t.rfind("\n", 0, i)
                raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws} if kws else mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._scan({**mapping, **kws} if kws else mapping, True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while True:
            i = t.find("$", i)
            if i < 0 or i + 1 >= len(t):
                return ids
            if t[i + 1] == "$":
                i += 2
                continue
            j = i + 2 if t[i + 1] == "{" else i + 1
            k = j
            while k < len(t) and (t[k] == "_" or t[k].isalnum()):
                k += 1
            if k > j and t[j:k] not in ids:
                ids.append(t[j:k])
            i = k
