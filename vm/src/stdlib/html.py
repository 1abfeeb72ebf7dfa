# html: escape() and unescape() (numeric character references and the common named
# entities; an unknown name is left as written).
__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


_NAMED = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0",
    "copy": "\xa9", "reg": "\xae", "trade": "\u2122", "hellip": "\u2026",
    "mdash": "\u2014", "ndash": "\u2013", "lsquo": "\u2018", "rsquo": "\u2019",
    "ldquo": "\u201c", "rdquo": "\u201d", "laquo": "\xab", "raquo": "\xbb",
    "bull": "\u2022", "middot": "\xb7", "deg": "\xb0", "plusmn": "\xb1",
    "times": "\xd7", "divide": "\xf7", "euro": "\u20ac", "pound": "\xa3", "yen": "\xa5",
    "cent": "\xa2", "sect": "\xa7", "para": "\xb6", "eacute": "\xe9", "egrave": "\xe8",
    "aacute": "\xe1", "agrave": "\xe0", "uuml": "\xfc", "ouml": "\xf6", "auml": "\xe4",
    "szlig": "\xdf", "ccedil": "\xe7", "ntilde": "\xf1", "larr": "\u2190",
    "rarr": "\u2192", "uarr": "\u2191", "darr": "\u2193", "hearts": "\u2665",
    "frac12": "\xbd", "frac14": "\xbc", "frac34": "\xbe", "micro": "\xb5",
    "iexcl": "\xa1", "iquest": "\xbf", "shy": "\xad", "not": "\xac", "AMP": "&",
    "LT": "<", "GT": ">", "QUOT": '"', "COPY": "\xa9", "REG": "\xae",
}

_LEGACY = {
    "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "deg", "plusmn", "times", "divide",
    "eacute", "egrave", "aacute", "agrave", "uuml", "ouml", "auml", "szlig", "ccedil",
    "ntilde", "micro", "middot", "para", "sect", "cent", "pound", "yen", "laquo", "raquo",
    "frac12", "frac14", "frac34", "iexcl", "iquest", "shy", "not", "AMP", "LT", "GT",
    "QUOT", "COPY", "REG",
}

_INVALID_CODEPOINTS = {0x0D: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
                       0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
                       0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160",
                       0x8B: "\u2039", 0x8C: "\u0152", 0x8D: "\x8d", 0x8E: "\u017d",
                       0x8F: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
                       0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
                       0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161",
                       0x9B: "\u203a", 0x9C: "\u0153", 0x9D: "\x9d", 0x9E: "\u017e",
                       0x9F: "\u0178", 0x00: "\ufffd"}


def _numeric(body):
    try:
        if body[1:2] in ("x", "X"):
            num = int(body[2:], 16)
        else:
            num = int(body[1:])
    except ValueError:
        return None
    if num in _INVALID_CODEPOINTS:
        return _INVALID_CODEPOINTS[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    return chr(num)


def unescape(s):
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j + 1
        if k < n and s[k] == "#":
            k += 1
            if k < n and s[k] in "xX":
                k += 1
                digits = "0123456789abcdefABCDEF"
            else:
                digits = "0123456789"
            start = k
            while k < n and s[k] in digits:
                k += 1
            if k == start:
                out.append("&")
                i = j + 1
                continue
            ch = _numeric(s[j + 1:k])
            if k < n and s[k] == ";":
                k += 1
            out.append(ch)
            i = k
            continue
        while k < n and s[k].isalnum():
            k += 1
        name = s[j + 1:k]
        if k < n and s[k] == ";" and name in _NAMED:
            out.append(_NAMED[name])
            i = k + 1
            continue
        # The Latin-1 names may go without their semicolon: the longest such prefix.
        for cut in range(len(name), 1, -1):
            if name[:cut] in _LEGACY:
                out.append(_NAMED[name[:cut]])
                i = j + 1 + cut
                break
        else:
            out.append("&")
            i = j + 1
    return "".join(out)
