book = {}

def add(name, number):
    if name in book:
        print(f"updating {name}: {book[name]} -> {number}")
    book[name] = number

def lookup(name):
    return book.get(name, "unknown")

def remove(name):
    try:
        del book[name]
        print("removed", name)
    except KeyError:
        print("cannot remove", name)

add("Ann", "555-1234")
add("Ben", "555-9876")
add("Cid", "555-0000")
add("Ann", "555-4321")
print(lookup("Ann"), lookup("Zoe"))
remove("Ben")
remove("Ben")
for name in sorted(book):
    print(f"{name:<5}{book[name]}")
by_prefix = {}
for name, num in book.items():
    by_prefix.setdefault(num[:3], []).append(name)
print(by_prefix)
print(len(book), list(book.values()))
