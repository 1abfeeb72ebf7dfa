d = {}
for word in ["pear", "apple", "fig", "kiwi", "apple", "date"]:
    d[word] = len(word)
print(d)
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
del d["fig"]
d["fig"] = 3
print(list(d))
d["pear"] = 100
print(list(d.items())[0])
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(d)), list(reversed(d.values())))
inverse = {v: k for k, v in d.items()}
print(inverse)
nums = {3: "c", 1: "a", 2: "b"}
print(nums, min(nums), max(nums.values()))
print(list(zip(d.keys(), d.values())) == list(d.items()))
