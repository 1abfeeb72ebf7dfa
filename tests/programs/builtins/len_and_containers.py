print(len("hello"), len(""), len("日本"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(frozenset("abcabc")))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
print(1 in [1, 2], "b" in "abc", "ab" in "cab", 3 in (1, 2), "k" in {"k": 1}, 1 in {1: "k"}, 5 in range(10))
print([] == [], [] is [], () == (), list() == [], dict() == {})
print(list(range(3)) * 2, (0,) * 3, "ab" * 2)
