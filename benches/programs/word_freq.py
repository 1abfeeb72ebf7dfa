# Word frequencies of a generated text, counted with dicts.
# A small linear congruential generator picks words (built from syllables,
# with a Zipf-like skew) and punctuation to form lines; the text is then
# normalised (lower-cased, punctuation stripped), split into words and
# counted with a dict.  Also counts bigrams and word lengths, and reports
# the top words, the number of distinct words and a checksum over the table.
# LINES scales the work linearly.
# Usage: word_freq.py [LINES]
# bench-args: 130000
# bench-half: 65000
# bench-check: 300
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vo", "del", "pi", "ne",
             "or", "an", "ti", "gu", "be", "sho", "fa", "ry", "qu", "el"]
PUNCT = [",", ".", ";", "!", "?", ":"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        parts = []
        for _ in range(1 + rng.below(3)):
            parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
        word = "".join(parts)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def pick_word(rng, vocab):
    # Skewed choice: the minimum of two draws favours early words, and a
    # third of the time the choice is restricted to the first few words.
    n = len(vocab)
    a = rng.below(n)
    b = rng.below(n)
    i = a if a < b else b
    if rng.below(3) == 0:
        i = i % 16
    return vocab[i]


def generate_line(rng, vocab):
    words = []
    count = 6 + rng.below(10)
    for k in range(count):
        w = pick_word(rng, vocab)
        r = rng.below(10)
        if k == 0 or r == 0:
            w = w.capitalize()
        elif r == 1:
            w = w.upper()
        if rng.below(7) == 0:
            w = w + PUNCT[rng.below(len(PUNCT))]
        words.append(w)
    return " ".join(words) + "."


def normalise(line):
    line = line.lower()
    for p in PUNCT:
        line = line.replace(p, " ")
    return line.split()


def count_words(lines):
    freq = {}
    bigrams = {}
    lengths = [0] * 32
    total = 0
    for line in lines:
        words = normalise(line)
        prev = None
        for w in words:
            freq[w] = freq.get(w, 0) + 1
            lengths[len(w)] += 1
            total += 1
            if prev is not None:
                key = (prev, w)
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = w
    return freq, bigrams, lengths, total


def checksum(freq):
    h = 0
    for w in sorted(freq):
        for ch in w:
            h = (h * 31 + ord(ch)) % 1000000007
        h = (h * 131 + freq[w]) % 1000000007
    return h


def main():
    lines_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 130000
    rng = Lcg(20240607)
    vocab = make_vocabulary(rng, 400)
    lines = [generate_line(rng, vocab) for _ in range(lines_wanted)]
    freq, bigrams, lengths, total = count_words(lines)

    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print(f"lines={len(lines)} words={total} distinct={len(freq)} bigrams={len(bigrams)}")
    for word, n in top:
        print(f"  {word:<10} {n:>8} {100.0 * n / total:.3f}%")
    best_pair = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    print(f"top bigram: {best_pair[0][0]} {best_pair[0][1]} x{best_pair[1]}")
    mean_len = sum(i * c for i, c in enumerate(lengths)) / total
    print(f"mean word length: {mean_len:.6f}")
    hapax = len([w for w, n in freq.items() if n == 1])
    print(f"hapax={hapax} checksum={checksum(freq)}")


main()
