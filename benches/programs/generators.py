# A lazy data pipeline built from chained generators.
# A pseudo-random source of sensor readings flows through generator
# functions (filter, scale, sliding-window smoothing, pairwise deltas,
# run-length grouping, batching), generator expressions and `yield from`
# delegation (flattening nested batches, walking a tree), and is consumed
# by sum(), max(), min(), any() and plain for-loops.  Nothing is
# materialised as a whole list.  READINGS scales the work linearly.
# Usage: generators.py [READINGS]
# bench-args: 1200000
# bench-half: 600000
# bench-check: 1000
import sys


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def readings(count, seed):
    # (sensor id, raw value) pairs
    source = lcg(seed)
    for _ in range(count):
        r = next(source)
        yield (r >> 16) % 8, (r >> 4) % 1000


def valid(stream):
    for sensor, value in stream:
        if value < 990:
            yield sensor, value


def scaled(stream, factor):
    for sensor, value in stream:
        yield sensor, value * factor / 100.0


def window_mean(values, size):
    window = []
    total = 0.0
    for v in values:
        window.append(v)
        total += v
        if len(window) > size:
            total -= window.pop(0)
        if len(window) == size:
            yield total / size


def deltas(values):
    it = iter(values)
    try:
        prev = next(it)
    except StopIteration:
        return
    for v in it:
        yield v - prev
        prev = v


def runs(values):
    # Run-length groups of the sign of consecutive values.
    current = None
    length = 0
    for v in values:
        sign = 1 if v > 0 else (-1 if v < 0 else 0)
        if sign == current:
            length += 1
        else:
            if current is not None:
                yield current, length
            current = sign
            length = 1
    if current is not None:
        yield current, length


def batches(stream, size):
    batch = []
    for item in stream:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def chain(*iterables):
    for it in iterables:
        yield from it


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def build_tree(depth, base):
    if depth == 0:
        return Node(base, [])
    return Node(base, [build_tree(depth - 1, base * 3 + k) for k in range(3)])


def sensor_stats(count):
    by_sensor = {}
    for sensor, value in scaled(valid(readings(count, 7)), 125):
        entry = by_sensor.get(sensor)
        if entry is None:
            by_sensor[sensor] = [1, value, value, value]
        else:
            entry[0] += 1
            entry[1] += value
            if value < entry[2]:
                entry[2] = value
            if value > entry[3]:
                entry[3] = value
    return by_sensor


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000

    stats = sensor_stats(count)
    for sensor in sorted(stats):
        n, total, lo, hi = stats[sensor]
        print(f"sensor {sensor}: n={n} mean={total / n:.4f} min={lo:.2f} max={hi:.2f}")

    # Smoothed signal of sensor 3, its deltas and run lengths of their sign.
    signal = (v for s, v in valid(readings(count, 11)) if s == 3)
    smooth = window_mean(signal, 5)
    longest_up = 0
    longest_down = 0
    n_runs = 0
    for sign, length in runs(deltas(smooth)):
        n_runs += 1
        if sign > 0 and length > longest_up:
            longest_up = length
        elif sign < 0 and length > longest_down:
            longest_down = length
    print(f"runs={n_runs} longest_up={longest_up} longest_down={longest_down}")

    # Batches of raw values, nested one level deeper every few batches,
    # flattened back with yield from.
    nested = ([b, [b[:2]]] if i % 4 == 0 else b
              for i, b in enumerate(batches((v for _, v in readings(count, 23)), 16)))
    flat_total = sum(flatten(nested))
    big = max(v * v % 9973 for v in chain(range(count // 4), (x for _, x in readings(count // 4, 5))))
    small = min((v % 1013 for _, v in readings(count // 4, 99)), default=-1)
    has_zero = any(v == 0 for _, v in readings(count // 8, 31))
    print(f"flat_total={flat_total} big={big} small={small} has_zero={has_zero}")

    # Tree walk by recursive yield from; repeated so it scales with count.
    tree = build_tree(7, 1)
    walks = max(1, count // 20000)
    tree_sum = 0
    for _ in range(walks):
        tree_sum += sum(v % 1000 for v in tree.walk())
    print(f"tree nodes={sum(1 for _ in tree.walk())} walks={walks} tree_sum={tree_sum}")

    squares = sum(x * x for x in range(count) if x % 3 == 0)
    evens = sum(1 for _, v in readings(count // 2, 3) if v % 2 == 0)
    print(f"checksum={(squares + flat_total * 31 + tree_sum + evens) % 1000000007}")


main()
