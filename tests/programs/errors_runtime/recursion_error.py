def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(50))

def forever(n):
    return forever(n + 1)

forever(0)
