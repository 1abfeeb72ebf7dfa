words = ["café", "naïve", "Ångström", "日本", "Ελληνικά", "emoji😀"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], [ord(c) for c in w[:3]])
print(sorted(words))
s = "Grüße aus Köln"
print(s.split(), s.replace("ü", "ue").replace("ö", "oe").replace("ß", "ss"))
print(s.find("K"), s.index("ö"), s.count("ü"), s[6:9])
print("".join(chr(ord("α") + i) for i in range(5)))
print("\u00e9" == "é", "\u03b1")
print("ß".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric())
print("x".center(5, "·"), "→".join(["a", "b", "c"]))
print(max("añz"), min("añz"), "ñ" > "z")
