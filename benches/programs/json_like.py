# JSON-like documents: build, walk, transform, serialise and parse by hand.
# Builds nested dicts and lists describing customer orders (strings, ints,
# floats, bools, None), walks them recursively to gather statistics,
# transforms them (renaming keys, dropping empty values, rounding), writes
# them out as text by hand with string escaping (compact and indented),
# parses the text back with a small recursive-descent parser, and checks
# the round trip.  Prints statistics and a checksum of the text.
# DOCUMENTS scales the work linearly (the json module is not used).
# Usage: json_like.py [DOCUMENTS]
# bench-args: 4400
# bench-half: 2200
# bench-check: 8
import sys

FIRST = ["Ada", "Brian", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "O'Neil"]
PRODUCTS = ["widget", "gadget", "sprocket", "gizmo", "doohickey", "thingamajig"]
TAGS = ["new", "sale", "gift", "bulk", "fragile", "express", "\"quoted\"", "tab\there"]


class Rand:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 214013 + 2531011) % 4294967296
        return self.state >> 16

    def choice(self, items):
        return items[self.next() % len(items)]


def make_document(rng, doc_id):
    orders = []
    for o in range(1 + rng.next() % 5):
        lines = []
        for _ in range(1 + rng.next() % 4):
            qty = 1 + rng.next() % 9
            lines.append({
                "sku": f"{rng.choice(PRODUCTS)}-{rng.next() % 1000:03d}",
                "qty": qty,
                "price": (199 + rng.next() % 10000) / 100,
                "tags": [rng.choice(TAGS) for _ in range(rng.next() % 3)],
            })
        orders.append({
            "id": doc_id * 10 + o,
            "paid": rng.next() % 3 != 0,
            "lines": lines,
            "note": None if rng.next() % 4 else "leave at door\nring twice",
        })
    return {
        "customer": {
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "age": 18 + rng.next() % 60,
            "address": {"city": rng.choice(["Bergen", "Porto", "Nagoya", "Accra"]),
                        "zip": str(10000 + rng.next() % 90000)},
        },
        "orders": orders,
        "version": 2,
        "flags": {"vip": rng.next() % 10 == 0, "newsletter": rng.next() % 2 == 1},
    }


# ---- walking and transforming ---------------------------------------------

def collect_stats(value, stats, depth):
    if depth > stats["max_depth"]:
        stats["max_depth"] = depth
    if isinstance(value, dict):
        stats["dicts"] += 1
        for key, item in value.items():
            stats["keys"][key] = stats["keys"].get(key, 0) + 1
            collect_stats(item, stats, depth + 1)
    elif isinstance(value, list):
        stats["lists"] += 1
        for item in value:
            collect_stats(item, stats, depth + 1)
    elif isinstance(value, bool):
        stats["bools"] += 1
    elif isinstance(value, int):
        stats["ints"] += 1
    elif isinstance(value, float):
        stats["floats"] += 1
    elif isinstance(value, str):
        stats["strings"] += 1
    elif value is None:
        stats["nulls"] += 1


def transform(value):
    # camelCase keys, drop None values and empty lists, round prices to cents.
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if item is None or item == []:
                continue
            parts = key.split("_")
            new_key = parts[0] + "".join(p.title() for p in parts[1:])
            out[new_key] = transform(item)
        return out
    if isinstance(value, list):
        return [transform(item) for item in value]
    if isinstance(value, float):
        return round(value * 100) / 100
    return value


def summarise(doc):
    total = 0.0
    items = 0
    unpaid = 0
    for order in doc["orders"]:
        if not order["paid"]:
            unpaid += 1
        for line in order["lines"]:
            total += line["qty"] * line["price"]
            items += line["qty"]
    return {"customer_name": doc["customer"]["name"], "order_count": len(doc["orders"]),
            "item_count": items, "unpaid_orders": unpaid, "grand_total": total,
            "tag_set": sorted({t for o in doc["orders"] for l in o["lines"] for t in l["tags"]})}


# ---- serialising ----------------------------------------------------------

ESCAPES = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    parts = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            parts.append(esc)
        elif ord(ch) < 32:
            parts.append(f"\\u{ord(ch):04x}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def dumps(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if indent is None:
        sep, pad, close_pad = ", ", "", ""
    else:
        sep = ",\n"
        pad = "\n" + " " * (indent * (level + 1))
        close_pad = "\n" + " " * (indent * level)
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = (sep + pad.lstrip("\n") if indent else sep).join(
            dumps(v, indent, level + 1) for v in value)
        return "[" + pad + inner + close_pad + "]"
    if not value:
        return "{}"
    items = [quote(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
    inner = (sep + pad.lstrip("\n") if indent else sep).join(items)
    return "{" + pad + inner + close_pad + "}"


# ---- parsing --------------------------------------------------------------

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \n\t\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ValueError(f"trailing data at {self.pos}")
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ValueError(f"expected ':' at {self.pos}")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ValueError(f"expected ',' or '}}' at {self.pos - 1}")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ValueError(f"expected ',' or ']' at {self.pos - 1}")

    def string(self):
        text = self.text
        self.pos += 1
        chunks = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                chunks.append(text[start:self.pos])
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:self.pos])
                code = text[self.pos + 1]
                if code == "u":
                    chunks.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    chunks.append({"n": "\n", "t": "\t", "r": "\r"}.get(code, code))
                    self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        literal = text[start:self.pos]
        if "." in literal or "e" in literal or "E" in literal:
            return float(literal)
        return int(literal)


def checksum_text(text, h):
    for i in range(0, len(text), 3):
        h = (h * 31 + ord(text[i])) % 2147483647
    return h


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4400
    rng = Rand(12345)
    stats = {"dicts": 0, "lists": 0, "ints": 0, "floats": 0, "strings": 0,
             "bools": 0, "nulls": 0, "max_depth": 0, "keys": {}}
    h = 0
    chars = 0
    round_trip_ok = 0
    revenue = 0.0
    all_tags = set()
    pretty_sample = ""
    for doc_id in range(count):
        doc = make_document(rng, doc_id)
        collect_stats(doc, stats, 0)
        slim = transform(doc)
        compact = dumps(slim)
        pretty = dumps(doc, indent=2)
        if Parser(compact).parse() == slim and Parser(pretty).parse() == doc:
            round_trip_ok += 1
        summary = summarise(doc)
        revenue += summary["grand_total"]
        all_tags.update(summary["tag_set"])
        line = dumps(summary)
        chars += len(compact) + len(pretty) + len(line)
        h = checksum_text(compact, h)
        h = checksum_text(line, h)
        if doc_id == 0:
            pretty_sample = pretty
    print(f"documents={count} round_trips_ok={round_trip_ok} chars={chars}")
    print(" ".join(f"{k}={stats[k]}" for k in ["dicts", "lists", "ints", "floats",
                                               "strings", "bools", "nulls", "max_depth"]))
    top_keys = sorted(stats["keys"].items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top keys: " + ", ".join(f"{k}:{n}" for k, n in top_keys))
    print(f"revenue={revenue:.2f} tags={dumps(sorted(all_tags))}")
    print("first document (head):")
    for line in pretty_sample.split("\n")[:8]:
        print(line)
    print(f"checksum={h}")


main()
