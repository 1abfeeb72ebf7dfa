def find(words, prefix):
    for w in words:
        if w.startswith(prefix):
            return w

def shout(words, prefix):
    return find(words, prefix).upper()

print(shout(["alpha", "beta"], "be"))
print(shout(["alpha", "beta"], "ga"))
