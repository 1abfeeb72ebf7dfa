class ShutdownRequested(Exception):
    pass

def worker(tasks):
    for t in tasks:
        if t == "stop":
            raise ShutdownRequested
        print("task", t)

worker(["a", "b", "stop", "c"])
