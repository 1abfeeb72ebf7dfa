# graphlib: TopologicalSorter, with CPython's order: nodes in the order they were first
# named, ready nodes handed out in the order they became ready.
__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1
_DONE = -2


class CycleError(ValueError):
    pass


class _Info:
    __slots__ = ("node", "npred", "succ")

    def __init__(self, node):
        self.node = node
        self.npred = 0
        self.succ = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._info = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _get(self, node):
        info = self._info.get(node)
        if info is None:
            info = self._info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get(node)
        info.npred += len(predecessors)
        for pred in predecessors:
            self._get(pred).succ.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._info.values() if i.npred == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._info[node].npred = _OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npred != _OUT:
                if info.npred >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if info.npred == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {info.npred}")
            info.npred = _DONE
            for s in info.succ:
                sinfo = self._info[s]
                sinfo.npred -= 1
                if sinfo.npred == 0:
                    self._ready.append(s)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first over successors, without recursion; a node met again while it is
        # on the path closes a cycle: the path from it, and it once more.
        seen = set()
        for start in self._info:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._info[start].succ)]
            seen.add(start)
            while iters:
                nxt = next(iters[-1], _DONE)
                if nxt is _DONE:
                    iters.pop()
                    del on_path[path.pop()]
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in seen:
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._info[nxt].succ))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)
