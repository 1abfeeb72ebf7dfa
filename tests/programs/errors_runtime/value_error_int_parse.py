def parse_ages(text):
    return [int(part) for part in text.split(",")]

print(parse_ages("30,41,27"))
print(parse_ages("30,abc,27"))
