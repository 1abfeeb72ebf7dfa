def risky():
    raise ValueError("original problem")

def handler():
    try:
        risky()
    except ValueError:
        print("handling, then failing again")
        return {}["cleanup"]

handler()
