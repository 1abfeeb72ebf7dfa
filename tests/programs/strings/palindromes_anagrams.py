def clean(s):
    return "".join(c.lower() for c in s if c.isalnum())

def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]

tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "ab"]
for t in tests:
    print(repr(t), is_palindrome(t))

def anagram_key(w):
    return "".join(sorted(w.lower()))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(anagram_key(w), []).append(w)
for key in sorted(groups):
    print(key, groups[key])

def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba"]:
    print(s, longest_palindrome(s))
