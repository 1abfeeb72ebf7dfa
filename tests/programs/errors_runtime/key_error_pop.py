pending = {"job1": "queued", "job2": "running"}

def finish(job):
    state = pending.pop(job)
    print("finished", job, "was", state)

finish("job1")
finish("job2")
finish("job1")
