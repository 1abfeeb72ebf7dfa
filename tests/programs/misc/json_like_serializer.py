def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1)) if indent else ""
    end_pad = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    sep = ": "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[" + nl + ("," + nl if indent else ", ").join(items) + nl + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + dumps(str(k)) + sep + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{" + nl + ("," + nl if indent else ", ").join(items) + nl + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

doc = {"name": "kiln", "version": [0, 1, 0], "stable": False, "score": 9.5,
       "tags": ["jit", "python"], "meta": {"quote": 'say "hi"\n', "none": None}, "empty": {}}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps([1, [2, [3, []]]]))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
