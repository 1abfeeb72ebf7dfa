"""Regular expressions (Kiln's re): a parser for Python's pattern syntax and a
backtracking matcher over compiled instructions, with an explicit stack (no recursion
limit) and an undo log for the groups. Leftmost-first, as CPython's sre."""

__all__ = ["A", "ASCII", "DOTALL", "I", "IGNORECASE", "M", "MULTILINE", "Match", "Pattern", "S", "U", "UNICODE", "VERBOSE", "X", "compile", "error", "escape", "findall", "finditer", "fullmatch", "match", "search", "split", "sub", "subn", "purge"]

I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pos is not None:
            msg = "%s at position %d" % (msg, pos)
        Exception.__init__(self, msg)


# Instructions.
_CHAR, _ANY, _ANYNL, _CLASS, _SPLIT, _JMP, _SAVE, _MATCH, _BOL, _EOL, _START, _END, _ENDZ, _WORDB, _NWORDB, _BACKREF, _LOOK, _MARK, _PROGRESS, _CHARI = range(20)

_SPECIAL = {"d", "D", "w", "W", "s", "S"}


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z") or ("0" <= ch <= "9")
    return ch == "_" or ch.isalnum()


def _is_digit(ch, ascii_only):
    if ascii_only:
        return "0" <= ch <= "9"
    return ch.isdecimal()


def _is_space(ch, ascii_only):
    if ascii_only:
        return ch in " \t\n\r\f\v"
    return ch.isspace()


def _category(cat, ch, ascii_only):
    if cat == "d":
        return _is_digit(ch, ascii_only)
    if cat == "D":
        return not _is_digit(ch, ascii_only)
    if cat == "w":
        return _is_word(ch, ascii_only)
    if cat == "W":
        return not _is_word(ch, ascii_only)
    if cat == "s":
        return _is_space(ch, ascii_only)
    return not _is_space(ch, ascii_only)


def _class_has(items, ch, ascii_only):
    for it in items:
        if isinstance(it, str):
            if _category(it, ch, ascii_only):
                return True
        elif it[0] <= ch <= it[1]:
            return True
    return False


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.verbose = bool(flags & VERBOSE)

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def more(self):
        return self.i < len(self.p)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def skip_verbose(self):
        if not self.verbose:
            return
        p = self.p
        while self.i < len(p):
            c = p[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < len(p) and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        self.leading_flags()
        node = self.alternation()
        if self.more():
            if self.peek() == ")":
                self.error("unbalanced parenthesis")
            self.error("unexpected end of pattern")
        return node

    def leading_flags(self):
        # (?aiLmsux) at the start of the pattern.
        while self.p.startswith("(?", self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in "aiLmsux":
            j = self.i + 2
            flags = 0
            while j < len(self.p) and self.p[j] in "aiLmsux":
                flags |= {"a": A, "i": I, "L": L, "m": M, "s": S, "u": U, "x": X}[self.p[j]]
                j += 1
            if j >= len(self.p) or self.p[j] != ")":
                break
            self.flags |= flags
            self.verbose = bool(self.flags & VERBOSE)
            self.i = j + 1

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            if not self.more() or self.peek() in "|)":
                break
            start = self.i
            atom = self.atom()
            atom = self.quantifiers(atom, start)
            items.append(atom)
        return ("cat", items)

    def quantifiers(self, atom, start):
        while True:
            self.skip_verbose()
            c = self.peek()
            if c == "*":
                lo, hi = 0, None
                self.i += 1
            elif c == "+":
                lo, hi = 1, None
                self.i += 1
            elif c == "?":
                lo, hi = 0, 1
                self.i += 1
            elif c == "{":
                r = self.braces()
                if r is None:
                    return atom
                lo, hi = r
            else:
                return atom
            if atom[0] in ("bol", "eol", "start", "end", "endz", "wordb", "nwordb") or atom == ("cat", []):
                self.error("nothing to repeat", start)
            if atom[0] == "repeat" and not atom[5]:
                self.error("multiple repeat", self.i - 1)
            greedy = True
            possessive = False
            if self.peek() == "?":
                greedy = False
                self.i += 1
            atom = ("repeat", atom, lo, hi, greedy, possessive)

    def braces(self):
        p = self.p
        j = self.i + 1
        k = j
        while k < len(p) and p[k].isdigit():
            k += 1
        lo_text = p[j:k]
        if k < len(p) and p[k] == "}":
            if not lo_text:
                return None
            self.i = k + 1
            n = int(lo_text)
            return n, n
        if k < len(p) and p[k] == ",":
            m = k + 1
            while m < len(p) and p[m].isdigit():
                m += 1
            if m < len(p) and p[m] == "}":
                hi_text = p[k + 1:m]
                lo = int(lo_text) if lo_text else 0
                hi = int(hi_text) if hi_text else None
                if hi is not None and hi < lo:
                    self.error("min repeat greater than max repeat", k + 1)
                self.i = m + 1
                return lo, hi
        return None

    def atom(self):
        p = self.p
        c = p[self.i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == ".":
            self.i += 1
            return ("any",)
        if c == "^":
            self.i += 1
            return ("bol",)
        if c == "$":
            self.i += 1
            return ("eol",)
        if c == "\\":
            return self.escape(False)
        if c in "*+?":
            self.error("nothing to repeat")
        if c == "{" and self.braces() is not None:
            self.error("nothing to repeat")
        self.i += 1
        return ("lit", c)

    def group(self):
        p = self.p
        start = self.i
        self.i += 1
        if p.startswith("?", self.i):
            self.i += 1
            c = self.peek()
            if c == ":":
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ("group", None, node)
            if c == "P" and p.startswith("P<", self.i):
                end = p.find(">", self.i)
                if end < 0:
                    self.error("missing >, unterminated name", self.i + 2)
                name = p[self.i + 2:end]
                if not name.isidentifier():
                    self.error("bad character in group name %r" % name, self.i + 2)
                if name in self.names:
                    self.error("redefinition of group name %r as group %d; was group %d" % (name, self.ngroups + 1, self.names[name]), self.i + 2)
                self.i = end + 1
                self.ngroups += 1
                idx = self.ngroups
                self.names[name] = idx
                node = self.alternation()
                self.close(start)
                return ("group", idx, node)
            if c == "P" and p.startswith("P=", self.i):
                end = p.find(")", self.i)
                name = p[self.i + 2:end]
                if name not in self.names:
                    self.error("unknown group name %r" % name, self.i + 2)
                self.i = end + 1
                return ("backref", self.names[name])
            if c == "=" or c == "!":
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ("look", node, True, c == "!")
            if c == "<" and p[self.i + 1:self.i + 2] in ("=", "!"):
                neg = p[self.i + 1] == "!"
                self.i += 2
                node = self.alternation()
                self.close(start)
                width = _width(node)
                if width is None:
                    self.error("look-behind requires fixed-width pattern", start)
                return ("lookbehind", node, width, neg)
            if c == "#":
                end = p.find(")", self.i)
                if end < 0:
                    self.error("missing ), unterminated comment", start)
                self.i = end + 1
                return ("cat", [])
            if c and c in "aiLmsux-":
                # A scoped flag group (?i:...) or (?-i:...): the flags hold inside it.
                j = self.i
                while j < len(p) and p[j] in "aiLmsux-":
                    j += 1
                if j < len(p) and p[j] == ":":
                    table = {"a": A, "i": I, "L": L, "m": M, "s": S, "u": U, "x": X}
                    on_text, _, off_text = p[self.i:j].partition("-")
                    on = off = 0
                    for f in on_text:
                        on |= table[f]
                    for f in off_text:
                        off |= table[f]
                    self.i = j + 1
                    outer_verbose = self.verbose
                    self.verbose = bool(((X if outer_verbose else 0) | on) & ~off & X)
                    node = self.alternation()
                    self.verbose = outer_verbose
                    self.close(start)
                    return ("flags", on, off, node)
                self.error("global flags not at the start of the expression", start)
            self.error("unknown extension ?" + c, start + 1)
        self.ngroups += 1
        idx = self.ngroups
        node = self.alternation()
        self.close(start)
        return ("group", idx, node)

    def close(self, start):
        if self.peek() != ")":
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, in_class):
        p = self.p
        self.i += 1
        if self.i >= len(p):
            self.error("bad escape (end of pattern)", self.i - 1)
        c = p[self.i]
        self.i += 1
        if c in _SPECIAL:
            return ("class", [c], False)
        simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
        if c in simple:
            return ("lit", simple[c])
        if c == "x":
            text = p[self.i:self.i + 2]
            if len(text) < 2 or not all(h in "0123456789abcdefABCDEF" for h in text):
                self.error("incomplete escape \\x" + text, self.i - 2)
            self.i += 2
            return ("lit", chr(int(text, 16)))
        if c == "u" or c == "U":
            n = 4 if c == "u" else 8
            text = p[self.i:self.i + n]
            if len(text) < n or not all(h in "0123456789abcdefABCDEF" for h in text):
                self.error("incomplete escape \\" + c + text, self.i - 2)
            self.i += n
            return ("lit", chr(int(text, 16)))
        if c == "0":
            j = self.i
            while j < len(p) and j < self.i + 2 and p[j] in "01234567":
                j += 1
            value = int("0" + p[self.i:j], 8)
            self.i = j
            return ("lit", chr(value))
        if c.isdigit():
            if in_class:
                self.error("bad escape \\" + c, self.i - 2)
            j = self.i
            while j < len(p) and p[j].isdigit() and j < self.i + 1:
                j += 1
            n = int(c + p[self.i:j])
            self.i = j
            if n > self.ngroups:
                self.error("invalid group reference %d" % n, self.i - len(str(n)))
            return ("backref", n)
        if not in_class:
            if c == "A":
                return ("start",)
            if c == "Z":
                return ("endz",)
            if c == "b":
                return ("wordb",)
            if c == "B":
                return ("nwordb",)
        elif c == "b":
            return ("lit", "\b")
        if c.isalnum():
            self.error("bad escape \\" + c, self.i - 2)
        return ("lit", c)

    def char_class(self):
        p = self.p
        start = self.i
        self.i += 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                self.error("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "\\":
                node = self.escape(True)
                if node[0] == "class":
                    items.extend(node[1])
                    continue
                lo = node[1]
            else:
                lo = c
                self.i += 1
            if self.peek() == "-" and self.i + 1 < len(p) and p[self.i + 1] != "]":
                self.i += 1
                if p[self.i] == "\\":
                    node = self.escape(True)
                    if node[0] == "class":
                        self.error("bad character range %s-%s" % (lo, p[self.i - 2:self.i]), self.i - 4)
                    hi = node[1]
                else:
                    hi = p[self.i]
                    self.i += 1
                if hi < lo:
                    self.error("bad character range %s-%s" % (lo, hi), self.i - 3)
                items.append((lo, hi))
            else:
                items.append((lo, lo))
        return ("class", items, negated)


def _width(node):
    kind = node[0]
    if kind in ("lit", "any", "class"):
        return 1
    if kind in ("bol", "eol", "start", "end", "endz", "wordb", "nwordb", "look", "lookbehind"):
        return 0
    if kind == "cat":
        total = 0
        for n in node[1]:
            w = _width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == "alt":
        widths = [_width(n) for n in node[1]]
        if None in widths or len(set(widths)) != 1:
            return None
        return widths[0]
    if kind == "group":
        return _width(node[2])
    if kind == "flags":
        return _width(node[3])
    if kind == "repeat":
        w = _width(node[1])
        if w is None or node[3] != node[2]:
            return None
        return w * node[2]
    return None


def _nullable(node):
    kind = node[0]
    if kind in ("lit", "any", "class"):
        return False
    if kind == "cat":
        return all(_nullable(n) for n in node[1])
    if kind == "alt":
        return any(_nullable(n) for n in node[1])
    if kind == "group":
        return _nullable(node[2])
    if kind == "flags":
        return _nullable(node[3])
    if kind == "repeat":
        return node[2] == 0 or _nullable(node[1])
    return True


class _Compiler:
    def __init__(self, flags):
        self.prog = []
        self.flags = flags
        self.nregs = 0

    def emit(self, ins):
        self.prog.append(ins)
        return len(self.prog) - 1

    def node(self, n):
        kind = n[0]
        prog = self.prog
        if kind == "lit":
            if self.flags & IGNORECASE and n[1].lower() != n[1].upper():
                self.emit((_CHARI, n[1].lower()))
            else:
                self.emit((_CHAR, n[1]))
        elif kind == "any":
            self.emit((_ANY,) if self.flags & DOTALL else (_ANYNL,))
        elif kind == "class":
            self.emit((_CLASS, n[1], n[2], bool(self.flags & IGNORECASE)))
        elif kind == "flags":
            outer = self.flags
            self.flags = (outer | n[1]) & ~n[2]
            self.node(n[3])
            self.flags = outer
        elif kind == "cat":
            for x in n[1]:
                self.node(x)
        elif kind == "alt":
            jumps = []
            branches = n[1]
            for k, b in enumerate(branches):
                if k < len(branches) - 1:
                    split = self.emit(None)
                    self.node(b)
                    jumps.append(self.emit(None))
                    prog[split] = (_SPLIT, split + 1, len(prog))
                else:
                    self.node(b)
            for j in jumps:
                prog[j] = (_JMP, len(prog))
        elif kind == "group":
            if n[1] is None:
                self.node(n[2])
            else:
                self.emit((_SAVE, 2 * n[1]))
                self.node(n[2])
                self.emit((_SAVE, 2 * n[1] + 1))
        elif kind == "repeat":
            self.repeat(n)
        elif kind == "bol":
            self.emit((_BOL,) if self.flags & MULTILINE else (_START,))
        elif kind == "eol":
            self.emit((_EOL, bool(self.flags & MULTILINE)))
        elif kind == "start":
            self.emit((_START,))
        elif kind == "endz":
            self.emit((_ENDZ,))
        elif kind == "wordb":
            self.emit((_WORDB,))
        elif kind == "nwordb":
            self.emit((_NWORDB,))
        elif kind == "backref":
            self.emit((_BACKREF, n[1]))
        elif kind == "look":
            sub = _Compiler(self.flags)
            sub.nregs = self.nregs
            sub.node(n[1])
            sub.emit((_MATCH,))
            self.nregs = sub.nregs
            self.emit((_LOOK, sub.prog, 0, n[3]))
        elif kind == "lookbehind":
            sub = _Compiler(self.flags)
            sub.nregs = self.nregs
            sub.node(n[1])
            sub.emit((_MATCH,))
            self.nregs = sub.nregs
            self.emit((_LOOK, sub.prog, n[2], n[3]))

    def repeat(self, n):
        _, body, lo, hi, greedy, _possessive = n
        for _ in range(lo):
            self.node(body)
        if hi is None:
            self.star(body, greedy)
        else:
            # Up to hi - lo optional copies, each inside the previous one.
            pending = []
            for _ in range(hi - lo):
                split = self.emit(None)
                pending.append(split)
                self.node(body)
            end = len(self.prog)
            for split in pending:
                self.prog[split] = (_SPLIT, split + 1, end) if greedy else (_SPLIT, end, split + 1)

    def star(self, body, greedy):
        prog = self.prog
        check = _nullable(body)
        reg = None
        if check:
            reg = self.nregs
            self.nregs += 1
        top = self.emit(None)
        if check:
            self.emit((_MARK, reg))
        self.node(body)
        if check:
            self.emit((_PROGRESS, reg))
        self.emit((_JMP, top))
        end = len(prog)
        prog[top] = (_SPLIT, top + 1, end) if greedy else (_SPLIT, end, top + 1)


def _run(prog, s, pos, start, end, ncaps, nregs, ascii_only, ignore_case, no_empty_at=-1):
    """Runs `prog` at `pos`; returns the capture list or None."""
    caps = [-1] * ncaps
    caps[0] = pos
    regs = [-1] * nregs
    stack = []
    pc = 0
    while True:
        op = prog[pc]
        code = op[0]
        ok = True
        if code == _CHAR:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == _CHARI:
            if pos < end and s[pos].lower() == op[1]:
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == _ANYNL:
            if pos < end and s[pos] != "\n":
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == _ANY:
            if pos < end:
                pos += 1
                pc += 1
                continue
            ok = False
        elif code == _CLASS:
            if pos < end:
                ch = s[pos]
                has = _class_has(op[1], ch, ascii_only)
                if not has and op[3]:
                    has = _class_has(op[1], ch.lower(), ascii_only) or _class_has(op[1], ch.upper(), ascii_only)
                if has != op[2]:
                    pos += 1
                    pc += 1
                    continue
            ok = False
        elif code == _SPLIT:
            stack.append((op[2], pos))
            pc = op[1]
            continue
        elif code == _JMP:
            pc = op[1]
            continue
        elif code == _SAVE:
            k = op[1]
            stack.append((-1, k, caps[k]))
            caps[k] = pos
            pc += 1
            continue
        elif code == _MATCH:
            if pos != no_empty_at or caps[0] != pos:
                caps[1] = pos
                return caps
            ok = False
        elif code == _START:
            ok = pos == start
        elif code == _BOL:
            ok = pos == start or s[pos - 1] == "\n"
        elif code == _EOL:
            ok = pos == end or (pos == end - 1 and s[pos] == "\n") or (op[1] and s[pos] == "\n")
        elif code == _ENDZ:
            ok = pos == end
        elif code == _WORDB or code == _NWORDB:
            before = pos > start and _is_word(s[pos - 1], ascii_only)
            after = pos < end and _is_word(s[pos], ascii_only)
            ok = (before != after) == (code == _WORDB)
        elif code == _BACKREF:
            k = op[1]
            a, b = caps[2 * k], caps[2 * k + 1]
            if a >= 0 and b >= 0:
                text = s[a:b]
                n = b - a
                if ignore_case:
                    ok = s[pos:pos + n].lower() == text.lower() and pos + n <= end
                else:
                    ok = s.startswith(text, pos) and pos + n <= end
                if ok:
                    pos += n
                    pc += 1
                    continue
            else:
                ok = False
        elif code == _LOOK:
            sub, width, negate = op[1], op[2], op[3]
            at = pos - width
            if at < start:
                found = None
            else:
                found = _run(sub, s, at, start, end, ncaps, nregs, ascii_only, ignore_case)
                if found is not None and width and found[1] != pos:
                    found = None
            if found is not None and not negate:
                # The groups the look-around set stay set.
                for k in range(2, ncaps):
                    if found[k] != caps[k] and found[k] >= 0:
                        stack.append((-1, k, caps[k]))
                        caps[k] = found[k]
            ok = (found is None) == negate
        elif code == _MARK:
            r = op[1]
            stack.append((-2, r, regs[r]))
            regs[r] = pos
            pc += 1
            continue
        elif code == _PROGRESS:
            ok = pos != regs[op[1]]
        if ok:
            pc += 1
            continue
        # Backtrack.
        while True:
            if not stack:
                return None
            entry = stack.pop()
            tag = entry[0]
            if tag == -1:
                caps[entry[1]] = entry[2]
            elif tag == -2:
                regs[entry[1]] = entry[2]
            else:
                pc, pos = entry
                break


class Match:
    def __init__(self, pattern, string, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._caps = caps
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group") from None
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def _text(self, k, default=None):
        a, b = self._caps[2 * k], self._caps[2 * k + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._index(groups[0]))
        return tuple(self._text(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._text(self._index(g))

    def groups(self, default=None):
        return tuple(self._text(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._text(k, default) for name, k in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        k = self._index(group)
        return (self._caps[2 * k], self._caps[2 * k + 1])

    @property
    def lastindex(self):
        # The group that closed last: the latest end, and of groups ending there the
        # outermost (it closes after the groups nested in it).
        best = None
        best_end = -1
        best_start = 0
        for k in range(1, self.re.groups + 1):
            a, b = self._caps[2 * k], self._caps[2 * k + 1]
            if b < 0:
                continue
            if b > best_end or (b == best_end and a < best_start):
                best, best_end, best_start = k, b, a
        return best

    @property
    def lastgroup(self):
        k = self.lastindex
        for name, idx in self.re.groupindex.items():
            if idx == k:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _expand(pattern, template):
    """The replacement function for a template string (`\\1`, `\\g<name>`, escapes)."""
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        i += 1
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            i = close + 1
            if name.isdigit():
                k = int(name)
                if k > pattern.groups:
                    raise error("invalid group reference %d" % k, template, i - len(name) - 1)
            elif name in pattern.groupindex:
                k = pattern.groupindex[name]
            else:
                raise IndexError("unknown group name '%s'" % name)
            parts.append("".join(literal))
            literal = []
            parts.append(k)
        elif c.isdigit() and c != "0":
            j = i
            if j < n and template[j].isdigit():
                j += 1
            k = int(template[i - 1:j])
            i = j
            if k > pattern.groups:
                raise error("invalid group reference %d" % k, template, i - len(str(k)))
            parts.append("".join(literal))
            literal = []
            parts.append(k)
        else:
            simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\", "0": "\0"}
            if c in simple:
                literal.append(simple[c])
            elif c.isalpha():
                raise error("bad escape \\" + c, template, i - 2)
            else:
                literal.append("\\" + c)
    parts.append("".join(literal))

    def repl(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                out.append(m.group(p) or "")
            else:
                out.append(p)
        return "".join(out)
    return repl


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern = pattern.pattern
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        self.pattern = pattern
        self.flags = parser.flags | (0 if parser.flags & ASCII else UNICODE)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        c = _Compiler(parser.flags)
        c.node(tree)
        c.emit((_MATCH,))
        self._prog = c.prog
        self._nregs = c.nregs
        self._ncaps = 2 * (parser.ngroups + 1)
        self._ascii = bool(parser.flags & ASCII)
        self._icase = bool(parser.flags & IGNORECASE)
        first = c.prog[0]
        self._first = first[1] if first[0] == _CHAR else None

    def _at(self, string, pos, endpos, no_empty_at=-1):
        return _run(self._prog, string, pos, 0, endpos, self._ncaps, self._nregs, self._ascii, self._icase, no_empty_at)

    def _bounds(self, string, pos, endpos):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        return pos, endpos

    def _search(self, string, pos, endpos, no_empty_at=-1):
        first = self._first
        while pos <= endpos:
            if first is not None:
                pos = string.find(first, pos, endpos)
                if pos < 0:
                    return None
            caps = self._at(string, pos, endpos, no_empty_at)
            if caps is not None:
                return caps
            pos += 1
        return None

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        caps = self._at(string, pos, endpos)
        return None if caps is None else Match(self, string, caps, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        prog = self._prog[:-1] + [(_ENDZ,), (_MATCH,)]
        caps = _run(prog, string, pos, 0, endpos, self._ncaps, self._nregs, self._ascii, self._icase)
        return None if caps is None else Match(self, string, caps, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        caps = self._search(string, pos, endpos)
        return None if caps is None else Match(self, string, caps, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        no_empty_at = -1
        while pos <= endpos:
            caps = self._search(string, pos, endpos, no_empty_at)
            if caps is None:
                return
            yield Match(self, string, caps, pos, endpos)
            # After an empty match, the next one may not be empty at the same place.
            pos = caps[1]
            no_empty_at = pos if caps[0] == caps[1] else -1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._text(1, ""))
            else:
                out.append(m.groups(""))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            if "\\" in repl:
                fn = _expand(self, repl)
            else:
                fn = None
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            a, b = m.span()
            out.append(string[last:a])
            out.append(repl if fn is None else fn(m))
            last = b
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            a, b = m.span()
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        flags = self.flags & ~UNICODE
        names = []
        for name, bit in (("IGNORECASE", I), ("LOCALE", L), ("MULTILINE", M), ("DOTALL", S), ("VERBOSE", X), ("ASCII", A)):
            if flags & bit:
                names.append("re." + name)
        text = repr(self.pattern)
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_ESCAPE_SAFE = frozenset("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def escape(pattern):
    out = []
    for ch in pattern:
        if ch in _ESCAPE_SAFE or ord(ch) >= 128:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch in "()[]{}?*+-|^$\\.&~# \t\r\v\f":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)
