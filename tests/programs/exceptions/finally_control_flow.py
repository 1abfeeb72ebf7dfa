def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(ret_in_try())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def nested():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                log.append(f"ok{i}")
            finally:
                log.append(f"inner-finally{i}")
        except ValueError:
            log.append(f"handled{i}")
        finally:
            log.append(f"outer-finally{i}")
    return log

print(nested())

def swallow():
    for _ in range(3):
        try:
            raise KeyError("lost")
        finally:
            break
    return "exception discarded by break in finally"

print(swallow())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while-finally", count)
print("count", count)
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 99
print(return_value_evaluated_first())
