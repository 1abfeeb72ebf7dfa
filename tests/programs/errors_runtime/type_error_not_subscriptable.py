def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
    return None

users = [{"name": "ann", "age": 30}]
print(find_user(users, "ann")["age"])
print(find_user(users, "zed")["age"])
