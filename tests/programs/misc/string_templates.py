def render(template, context):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start == -1:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find("}}", start)
        if end == -1:
            raise ValueError(f"unclosed tag at {start}")
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition("|")
        value = context
        for part in name.strip().split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        filt = filt.strip()
        if filt == "upper":
            value = str(value).upper()
        elif filt == "title":
            value = str(value).title()
        elif filt.startswith("pad"):
            value = str(value).ljust(int(filt[3:]))
        elif filt:
            raise ValueError(f"unknown filter {filt!r}")
        out.append(str(value))
        i = end + 2
    return "".join(out)

ctx = {"user": {"name": "ada lovelace", "role": "admin"}, "count": 3, "items": ["a", "b"]}
print(render("Hello {{ user.name | title }}!", ctx))
print(render("[{{user.role|upper}}] {{ count }} new messages", ctx))
print(render("|{{ count | pad5 }}|", ctx))
print(render("no tags here", ctx))
for bad in ["{{ user.name", "{{ count | shout }}", "{{ missing }}"]:
    try:
        print(render(bad, ctx))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
