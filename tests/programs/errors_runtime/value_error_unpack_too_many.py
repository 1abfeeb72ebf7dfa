def parse_pair(line):
    key, value = line.split("=")
    return key, value

for line in ["a=1", "b=2", "c=3=4"]:
    print(parse_pair(line))
