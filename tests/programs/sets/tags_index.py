posts = {
    1: ["python", "tips"],
    2: ["rust", "performance"],
    3: ["python", "performance", "jit"],
    4: ["jit", "rust"],
    5: ["tips"],
}
index = {}
for post, tags in posts.items():
    for t in tags:
        index.setdefault(t, set()).add(post)
for tag in sorted(index):
    print(f"{tag:<12}{sorted(index[tag])}")

def query(all_of=(), none_of=()):
    result = set(posts)
    for t in all_of:
        result &= index.get(t, set())
    for t in none_of:
        result -= index.get(t, set())
    return sorted(result)

print(query(["python"]))
print(query(["performance"], ["rust"]))
print(query(["jit", "rust"]))
print(query([], ["tips", "jit"]))
print(query(["nothing"]))
related = {}
for tag, ps in index.items():
    for other, qs in index.items():
        if tag < other and ps & qs:
            related[(tag, other)] = len(ps & qs)
for k in sorted(related):
    print(k, related[k])
