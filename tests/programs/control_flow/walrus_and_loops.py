data = [3, 8, 1, 9, 4, 12, 7]
if (n := len(data)) > 5:
    print("long list", n)
evens = [y for x in data if (y := x * 2) > 10]
print(evens)
stream = iter([5, 3, 0, 7, 2])
while (item := next(stream, None)) is not None:
    if item == 0:
        print("got zero, skipping")
        continue
    print("item", item, 10 // item)
total = 0
chunks = [[1, 2], [3], [], [4, 5, 6]]
i = 0
while i < len(chunks) and (chunk := chunks[i]) is not None:
    total += sum(chunk)
    print(i, chunk, total)
    i += 1
print((m := max(data)), m + 1)
