# A small operating-system scheduler simulation in the spirit of the
# Richards benchmark (own design).  Six tasks of four kinds share one
# priority-ordered run list:
#   IdleTask     lowest priority; ticks a pseudo-random generator and wakes
#                one of the two devices each tick, until its budget runs out
#   WorkerTask   stamps work packets with letters and hands them alternately
#                to the two handlers
#   HandlerTask  pairs incoming work packets with device packets, feeding one
#                character of work to its device per device packet
#   DeviceTask   "performs I/O": accepts a packet, then sleeps (holds) until
#                the idle task wakes it, and returns the packet to its handler
# Tasks communicate only by sending packets; dispatch is by virtual method.
# Usage: richards.py [IDLE_TICKS]
# bench-args: 500000
# bench-half: 250000
# bench-check: 2000
import sys

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_NAMES = ["idle", "worker", "handler-a", "handler-b", "device-a", "device-b"]

KIND_WORK = 0
KIND_DEVICE = 1
PAYLOAD = 4


class Packet:
    def __init__(self, kind, ident):
        self.kind = kind
        self.ident = ident
        self.sender = -1
        self.cursor = 0
        self.data = [0] * PAYLOAD


class Task:
    def __init__(self, tid, priority):
        self.tid = tid
        self.priority = priority
        self.inbox = []
        self.waiting = False
        self.held = False
        self.below = None
        self.runs = 0

    def runnable(self):
        if self.held:
            return False
        return len(self.inbox) > 0 or not self.waiting

    def step(self, sched, packet):
        return self.below

    def describe(self):
        return f"{TASK_NAMES[self.tid]}: runs={self.runs}"


class IdleTask(Task):
    def __init__(self, tid, priority, ticks, seed):
        Task.__init__(self, tid, priority)
        self.ticks = ticks
        self.seed = seed

    def step(self, sched, packet):
        self.ticks -= 1
        if self.ticks <= 0:
            return sched.hold_current()
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        if self.seed & 0x10000:
            return sched.wake(DEVICE_B)
        return sched.wake(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, tid, priority):
        Task.__init__(self, tid, priority)
        self.to_a = True
        self.letter = 0

    def step(self, sched, packet):
        if packet is None:
            return sched.wait_current()
        if self.to_a:
            dest = HANDLER_A
        else:
            dest = HANDLER_B
        self.to_a = not self.to_a
        packet.cursor = 0
        for i in range(PAYLOAD):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return sched.send(packet, dest)


class HandlerTask(Task):
    def __init__(self, tid, priority, device):
        Task.__init__(self, tid, priority)
        self.device = device
        self.work = []
        self.spare = []

    def step(self, sched, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work.append(packet)
            else:
                self.spare.append(packet)
        if len(self.work) > 0:
            job = self.work[0]
            if job.cursor >= PAYLOAD:
                self.work.pop(0)
                return sched.send(job, WORKER)
            if len(self.spare) > 0:
                dev = self.spare.pop(0)
                dev.data[0] = job.data[job.cursor]
                job.cursor += 1
                return sched.send(dev, self.device)
        return sched.wait_current()

    def describe(self):
        base = Task.describe(self)
        return f"{base} work={len(self.work)} spare={len(self.spare)}"


class DeviceTask(Task):
    def __init__(self, tid, priority, handler):
        Task.__init__(self, tid, priority)
        self.handler = handler
        self.pending = []
        self.total = 0

    def step(self, sched, packet):
        if packet is not None:
            self.pending.append(packet)
            self.total += packet.data[0]
            return sched.hold_current()
        if len(self.pending) > 0:
            return sched.send(self.pending.pop(0), self.handler)
        return sched.wait_current()

    def describe(self):
        base = Task.describe(self)
        return f"{base} io_total={self.total} pending={len(self.pending)}"


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.top = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.wakes = 0

    def add(self, task):
        self.tasks[task.tid] = task
        # keep the run list ordered by descending priority
        if self.top is None or task.priority > self.top.priority:
            task.below = self.top
            self.top = task
            return
        t = self.top
        while t.below is not None and t.below.priority >= task.priority:
            t = t.below
        task.below = t.below
        t.below = task

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def hold_current(self):
        self.holds += 1
        self.current.held = True
        return self.current.below

    def wake(self, tid):
        self.wakes += 1
        t = self.tasks[tid]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet, tid):
        self.sends += 1
        t = self.tasks[tid]
        packet.sender = self.current.tid
        t.inbox.append(packet)
        if t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        t = self.top
        while t is not None:
            if t.runnable():
                packet = None
                if len(t.inbox) > 0:
                    packet = t.inbox.pop(0)
                t.waiting = False
                t.runs += 1
                self.current = t
                t = t.step(self, packet)
            else:
                t = t.below


def simulate(ticks):
    sched = Scheduler()
    sched.add(IdleTask(IDLE, 1, ticks, 20240601))
    worker = WorkerTask(WORKER, 10)
    worker.waiting = True
    worker.inbox.append(Packet(KIND_WORK, 0))
    worker.inbox.append(Packet(KIND_WORK, 1))
    sched.add(worker)
    ident = 2
    for spec in [(HANDLER_A, 20, DEVICE_A), (HANDLER_B, 21, DEVICE_B)]:
        h = HandlerTask(spec[0], spec[1], spec[2])
        h.waiting = True
        for _ in range(3):
            h.inbox.append(Packet(KIND_DEVICE, ident))
            ident += 1
        sched.add(h)
    for spec in [(DEVICE_A, 30, HANDLER_A), (DEVICE_B, 31, HANDLER_B)]:
        d = DeviceTask(spec[0], spec[1], spec[2])
        d.waiting = True
        sched.add(d)
    sched.run()
    return sched


def main():
    ticks = 500000
    if len(sys.argv) > 1:
        ticks = int(sys.argv[1])
    sched = simulate(ticks)
    print(f"sends={sched.sends} holds={sched.holds} wakes={sched.wakes}")
    for t in sched.tasks:
        print(t.describe())


main()
