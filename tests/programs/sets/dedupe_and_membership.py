nums = [4, 2, 4, 1, 2, 9, 1, 4, 7]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, len(seen))
print(list(dict.fromkeys(nums)))
words = "the quick brown fox jumps over the lazy dog the end".split()
vocab = set(words)
print(len(words), len(vocab), sorted(vocab)[:4])
vowels = set("aeiou")
for w in ["rhythm", "queue", "sky", "banana"]:
    print(w, sorted(vowels & set(w)), len(set(w) - vowels))
stop = {"the", "a", "over"}
print([w for w in words if w not in stop])
primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(sorted(primes & odds), sorted(primes - odds), sorted(odds - primes))
pangram = "the quick brown fox jumps over the lazy dog"
print(set("abcdefghijklmnopqrstuvwxyz") <= set(pangram))
missing = set("abcdefghijklmnopqrstuvwxyz") - set("hello world")
print("".join(sorted(missing)))
