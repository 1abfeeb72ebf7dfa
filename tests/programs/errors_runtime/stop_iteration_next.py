def first_even(xs):
    return next(x for x in xs if x % 2 == 0)

print(first_even([1, 3, 4, 5]))
it = iter([1])
print(next(it))
next(it)
