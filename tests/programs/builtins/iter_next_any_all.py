it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
s = iter("hey")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any(()), all(()))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n > 6 for n in nums))
print(next((n for n in nums if n > 4), None), next((n for n in nums if n > 10), "none"))
r = iter(range(3))
print(list(zip(r, r)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), any(Countdown(0)))
