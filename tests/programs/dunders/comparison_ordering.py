class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.10"), Version("3.0") >= Version("3.0"), Version("1.0") > Version("1.0.0"))
print(Version("1.2.3") == Version("1.2.3"), Version("1.2.3") != Version("1.2.4"))
print(len(set(vs)))

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"

items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), OnlyLt(5) > OnlyLt(4), max(items))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
