def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(5))
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True, "never shown"
assert [1], "non-empty list is truthy"
def invariants(stack):
    assert isinstance(stack, list), "need a list"
    assert all(a <= b for a, b in zip(stack, stack[1:])), "not sorted"
    return "ok"
print(invariants([1, 2, 3]))
for s in [[3, 1], "str"]:
    try:
        invariants(s)
    except AssertionError as e:
        print("failed:", e)
