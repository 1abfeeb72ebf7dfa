def read_lines():
    text = "10\n20\nbad\n30\n\n40\n-5\n"
    for line in text.split("\n"):
        print("  read", repr(line))
        yield line

def parse(lines):
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            yield int(line)
        except ValueError:
            print("  skip", repr(line))

def positive(nums):
    for n in nums:
        if n > 0:
            yield n

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

pipeline = running_total(positive(parse(read_lines())))
print("pipeline built")
for t in pipeline:
    print("total", t)

def first_n(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(first_n(running_total(positive(parse(read_lines()))), 2)))
