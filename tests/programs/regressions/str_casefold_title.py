# casefold uses full case folding; title/capitalize use the title-case mapping and the
# Cased property (not uppercase / isalpha); swapcase leaves title-case letters alone.
words = ["Straße", "STRASSE", "ﬁne", "ǆungla", "ꭰꭱ", "ᾳ", "µ", "ſ", "ς", "İ", "ŉ"]
for w in words:
    print(repr(w), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("Straße".casefold() == "STRASSE".casefold())
print(repr("中a ab1cd ǆx ǅ ﬂow ßa".title()))
print(repr("ǆAB".capitalize()), repr("AΣ".capitalize()), repr("ΣΑΣ".capitalize()))
print("ǅa".istitle(), "ǅA".istitle(), "Ǆa".istitle(), "ᾈx".istitle())
print(repr("ǅ".swapcase()), repr("aǅB".swapcase()))
print(repr("ªb".title()), repr("3rd-party_x".title()), repr("ǈ".title()))
