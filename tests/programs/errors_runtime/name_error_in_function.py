def compute(values):
    result = 0
    for v in values:
        result += v * multiplier_never_defined
    return result

def main():
    print("starting")
    return compute([1, 2, 3])

main()
