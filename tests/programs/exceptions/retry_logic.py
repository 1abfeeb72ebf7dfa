class TransientError(Exception):
    pass

class FatalError(Exception):
    pass

attempts_log = []

def flaky(plan):
    def op():
        step = plan.pop(0)
        attempts_log.append(step)
        if step == "transient":
            raise TransientError("try again")
        if step == "fatal":
            raise FatalError("give up")
        return step
    return op

def retry(op, tries=3):
    last = None
    for attempt in range(1, tries + 1):
        try:
            value = op()
        except TransientError as e:
            print(f"  attempt {attempt} failed: {e}")
            last = e
            continue
        except FatalError:
            print(f"  attempt {attempt} fatal")
            raise
        else:
            print(f"  attempt {attempt} succeeded")
            return value
        finally:
            print(f"  cleanup after attempt {attempt}")
    raise RuntimeError(f"exhausted {tries} attempts") from last

for plan in (["ok"], ["transient", "ok"], ["transient"] * 3, ["transient", "fatal", "ok"]):
    print("plan", plan)
    try:
        print("result:", retry(flaky(list(plan))))
    except RuntimeError as e:
        print("runtime:", e, "| cause:", e.__cause__)
    except FatalError as e:
        print("fatal:", e)
print(attempts_log)
