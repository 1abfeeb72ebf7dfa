"""Binary min-heaps on lists (Kiln's heapq), with CPython's sift order, so that heaps hold
their items in the same positions as CPython's."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Moves the smaller child up until a leaf, then the item back toward the root.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def merge(*iterables, key=None, reverse=False):
    # Each step takes the smallest head (the largest with reverse); among equal ones the
    # earliest iterable's, as CPython's merge does.
    its = [iter(x) for x in iterables]
    heads = []
    for i, it in enumerate(its):
        for v in it:
            heads.append([v, v if key is None else key(v), i])
            break
    while heads:
        best = 0
        for j in range(1, len(heads)):
            if reverse:
                if heads[best][1] < heads[j][1]:
                    best = j
            elif heads[j][1] < heads[best][1]:
                best = j
        head = heads[best]
        yield head[0]
        for v in its[head[2]]:
            head[0] = v
            head[1] = v if key is None else key(v)
            break
        else:
            del heads[best]
