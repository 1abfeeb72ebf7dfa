guests = ["ann", "bob", "cy"]

def uninvite(name):
    guests.remove(name)
    print("removed", name, "->", guests)

uninvite("bob")
uninvite("dan")
