data = ["10", "0", "abc", "5", None, "-2"]
results = []
errors = {}
for item in data:
    try:
        value = 100 // int(item)
    except ZeroDivisionError:
        errors.setdefault("zero", []).append(item)
    except (ValueError, TypeError) as e:
        errors.setdefault(type(e).__name__, []).append(item)
    else:
        results.append(value)
print(results)
print(errors)

def first_valid(items):
    for it in items:
        try:
            return float(it)
        except ValueError:
            continue
    raise LookupError("no valid numbers")

print(first_valid(["x", "y", "2.5", "3"]))
try:
    first_valid(["a", "b"])
except LookupError as e:
    print("LookupError:", e)
total = 0
i = 0
while True:
    try:
        total += [5, 10, 15][i]
        i += 1
    except IndexError:
        break
print(total, i)
