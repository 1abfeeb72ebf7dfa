def bucket(key, buckets):
    return key % buckets

class Table:
    def __init__(self, size):
        self.size = size

    def slot(self, key):
        return bucket(key, self.size)

print(Table(8).slot(21))
print(Table(0).slot(21))
