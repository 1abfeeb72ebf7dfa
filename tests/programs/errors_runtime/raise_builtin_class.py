def validate(age):
    if age < 0:
        raise ValueError
    return age

print(validate(30))
validate(-1)
