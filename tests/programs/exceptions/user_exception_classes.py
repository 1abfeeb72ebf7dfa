class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

def validate(user):
    errors = []
    if not user.get("name"):
        errors.append("name required")
    age = user.get("age")
    if not isinstance(age, int):
        errors.append("age must be int")
    elif not 0 <= age <= 150:
        errors.append(f"age out of range: {age}")
    email = user.get("email", "")
    if "@" not in email:
        errors.append(f"bad email {email!r}")
    if errors:
        raise ValidationError(errors)
    return True

users = [
    {"name": "ann", "age": 30, "email": "ann@x.org"},
    {"name": "", "age": 200, "email": "nope"},
    {"name": "bo", "age": "old", "email": "bo@y"},
]
for u in users:
    try:
        print(validate(u))
    except ValidationError as e:
        print(e)
        for msg in e.errors:
            print("  -", msg)

class Retryable(Exception):
    retry_after = 5
class RateLimited(Retryable):
    retry_after = 60
for exc in (Retryable(), RateLimited("slow down")):
    try:
        raise exc
    except Retryable as e:
        print(type(e).__name__, e.retry_after, str(e) or "<no message>")
