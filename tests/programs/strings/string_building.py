parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abcde":
    s += ch.upper() + ch
print(s)
rows = []
for r in range(1, 5):
    rows.append(" ".join(str(r * c).rjust(3) for c in range(1, 6)))
print("\n".join(rows))
print("=" * 20)
box_w = 14
print("+" + "-" * box_w + "+")
for line in ["Kiln", "interpreter", "tests"]:
    print("|" + line.center(box_w) + "|")
print("+" + "-" * box_w + "+")
print(repr("quote's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"))
print(repr("back\\slash"), repr("\x00\x07"), repr("é"), repr("\u200b"))
print("multi\nline")
print("""triple
quoted""")
raw = r"C:\new\table"
print(raw, len(raw))
print("a" "b" "c", ("implicit "
    "concat"))
print(str(["a", 1]), str(("x",)), str({"k": "v"}))
