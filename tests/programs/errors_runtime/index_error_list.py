def third(items):
    return items[2]

def summarize(rows):
    for row in rows:
        print("third item:", third(row))

summarize([[1, 2, 3], ["a", "b", "c", "d"], [9, 8]])
