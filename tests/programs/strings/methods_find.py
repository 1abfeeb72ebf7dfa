text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("dog"))
print(text.index("cat"), text.count("the"), text.count("at"))
pos = text.find("at")
positions = []
while pos != -1:
    positions.append(pos)
    pos = text.find("at", pos + 1)
print(positions)
words = text.split()
print(len(words), words.count("the"), sorted(set(words)) == sorted(dict.fromkeys(words)))
print(text.replace("the ", "").split())
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".find("ss", 3, 6))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("abcabc".startswith("abc", 3), "abcabc".find(""), "abc".find("", 10))
