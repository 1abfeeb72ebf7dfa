# String building: s += piece, "".join, f-strings and str methods.
# Renders batches of generated "invoice" records into text several ways --
# repeated `s += piece` concatenation, "".join of pieces, %-formatting,
# f-strings with format specs -- and uses str methods (split, partition,
# replace, upper, strip, startswith, count, ljust/rjust) to transform and
# parse the text back, checking that the renderings agree.  Prints sizes,
# sample lines and a checksum.  ROUNDS scales the work linearly.
# Usage: string_build.py [ROUNDS]
# bench-args: 10000
# bench-half: 5000
# bench-check: 10
import sys

NAMES = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape",
         "honeydew", "kiwi", "lemon", "mango", "nectarine"]
CITIES = ["Oslo", "Lima", "Kyoto", "Quito", "Perth", "Dakar", "Turku"]


def make_records(seed, count):
    records = []
    x = seed
    for i in range(count):
        x = (x * 69069 + 1) % 4294967296
        name = NAMES[x % len(NAMES)]
        city = CITIES[(x >> 8) % len(CITIES)]
        qty = 1 + (x >> 12) % 40
        cents = 50 + (x >> 16) % 5000
        records.append((i, name, city, qty, cents))
    return records


def render_concat(records):
    s = ""
    for ident, name, city, qty, cents in records:
        s += "#" + str(ident)
        s += " " + name.upper()
        s += " @ " + city
        s += " x" + str(qty)
        s += " = " + str(qty * cents // 100) + "." + str(qty * cents % 100).zfill(2)
        s += "\n"
    return s


def render_join(records):
    parts = []
    for ident, name, city, qty, cents in records:
        total = qty * cents
        parts.append("#%d %s @ %s x%d = %d.%02d" % (ident, name.upper(), city, qty,
                                                      total // 100, total % 100))
    return "\n".join(parts) + "\n"


def render_fstring(records):
    lines = []
    for ident, name, city, qty, cents in records:
        total = qty * cents
        lines.append(f"#{ident} {name.upper()} @ {city} x{qty} = {total // 100}.{total % 100:02d}")
    return "".join(line + "\n" for line in lines)


def render_table(records):
    header = f"{'id':>5} | {'item':<12} | {'city':^7} | {'qty':>3} | {'total':>9}"
    rule = "-" * len(header)
    rows = [header, rule]
    for ident, name, city, qty, cents in records:
        total = qty * cents / 100.0
        rows.append(f"{ident:>5} | {name:<12} | {city:^7} | {qty:>3} | {total:>9.2f}")
    rows.append(rule)
    return "\n".join(rows)


def reparse(text):
    # Parse the simple rendering back into (name, city, cents) totals.
    per_city = {}
    grand = 0
    for line in text.split("\n"):
        line = line.strip()
        if not line.startswith("#"):
            continue
        head, _, amount = line.partition(" = ")
        fields = head.split(" ")
        city = fields[3]
        whole, frac = amount.split(".")
        cents = int(whole) * 100 + int(frac)
        per_city[city] = per_city.get(city, 0) + cents
        grand += cents
    return per_city, grand


def transform(text):
    t = text.replace("@", "in").replace(" x", " qty ")
    t = t.lower()
    vowels = 0
    for v in "aeiou":
        vowels += t.count(v)
    words = t.split()
    longest = max(words, key=len)
    caps = " ".join(w.capitalize() for w in words[:6])
    return len(t), vowels, longest, caps


def text_hash(s, h):
    # Sample every 7th character so the hash stays cheap compared with the
    # string building it checks.
    for i in range(0, len(s), 7):
        h = (h * 33 + ord(s[i])) & 0xFFFFFFFF
    return h


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    total_len = 0
    mismatches = 0
    h = 5381
    grand_total = 0
    city_totals = {}
    last = None
    for r in range(rounds):
        records = make_records(r * 7919 + 13, 40)
        a = render_concat(records)
        b = render_join(records)
        c = render_fstring(records)
        if a != b or b != c:
            mismatches += 1
        table = render_table(records)
        per_city, grand = reparse(a)
        grand_total += grand
        for city, cents in per_city.items():
            city_totals[city] = city_totals.get(city, 0) + cents
        size, vowels, longest, caps = transform(c)
        total_len += len(a) + len(table) + size
        h = text_hash(table, h)
        h = (h * 7 + vowels + len(longest)) & 0xFFFFFFFF
        last = (table, caps)
    print(f"rounds={rounds} chars={total_len} mismatches={mismatches}")
    print(f"grand total={grand_total // 100}.{grand_total % 100:02d}")
    for city in sorted(city_totals):
        cents = city_totals[city]
        print(f"  {city.ljust(6, '.')}{str(cents // 100).rjust(10)}")
    table, caps = last
    table_lines = table.splitlines()
    print(table_lines[0])
    print(table_lines[2])
    print(caps)
    print(f"checksum={h}")


main()
