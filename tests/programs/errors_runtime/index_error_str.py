def initials(name):
    parts = name.split(" ")
    return parts[0][0] + parts[1][0]

for n in ["Ada Lovelace", "Alan Turing", "Grace "]:
    print(initials(n))
