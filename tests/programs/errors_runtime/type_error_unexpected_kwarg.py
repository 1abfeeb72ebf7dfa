def make_button(label, width=100, height=30):
    return f"[{label} {width}x{height}]"

print(make_button("ok"))
print(make_button("cancel", height=40))
print(make_button("help", colour="red"))
