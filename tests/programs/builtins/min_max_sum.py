nums = [7, -3, 12, 0, 5]
print(min(nums), max(nums), sum(nums), sum(nums, 10))
print(min(4, 2, 8), max(4, 2, 8), min("pear", "apple"), max("pear", "apple"))
print(min(nums, key=abs), max(nums, key=lambda n: n % 5))
words = ["kiwi", "banana", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), max(words))
print(min([], default="empty"), max([], default=None), min([3], default=0))
print(sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(max([(1, "b"), (1, "c"), (0, "z")]), min("hello"))
print(max(True, 2), min(-1.5, -1), max(2 ** 70, 1.0))
pts = [(1, 5), (3, 2), (2, 8)]
print(max(pts, key=lambda p: p[1]), min(pts, key=lambda p: p[0] + p[1]))
print(max(3, 3.0), max(3.0, 3), min([2, 1, 1.0]))
