# Errors of str.format: field numbering switches, a lone brace, bad specs.
for f in [lambda: dict([1, 2]), lambda: {}.update([1]), lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "cd"]), lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{".format(), lambda: "}".format(), lambda: "{0:{1}}".format(3, ">4"), lambda: "{:d}".format("a"), lambda: "{:s}".format(1), lambda: "{:.2f}".format("x"), lambda: "{:x}".format(1.5), lambda: "{!x}".format(1), lambda: "{0.nope}".format(1), lambda: "{0[5]}".format([1])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
