def per_person(total, people):
    return total // people

def split_bill(total, names):
    share = per_person(total, len(names))
    print("each pays", share)
    return share

split_bill(100, ["ann", "bob", "cy"])
split_bill(100, [])
