def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 7, 42, 100, 10 ** 9]:
    print(n, classify(n))

def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if score % 10 >= 7 and letter not in "AF":
        letter += "+"
    return letter

print([grade(s) for s in [95, 88, 81, 77, 70, 65, 99]])
x = 5
if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
else:
    print("empty string falsy")
if None is None and 0 == 0.0 or False:
    print("and/or precedence")
y = "yes" if x > 3 else "no"
print(y, "a" if 0 else "b" if 1 else "c")
if x > 1:
    if x > 3:
        print("nested >3")
    else:
        print("nested <=3")
