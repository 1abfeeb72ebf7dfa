text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

counts = {}
for raw in text.split():
    word = raw.strip(".,;").lower()
    counts[word] = counts.get(word, 0) + 1

print(len(counts), "distinct words")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<12}{n:>3}")

longest = max(counts, key=len)
print("longest:", longest, len(longest))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), line.count("it"), line[:20] + "...")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
