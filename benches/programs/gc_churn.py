# Allocation churn: many short-lived objects of every common kind. The total allocated
# grows with the size argument (about 1 GB at the default) while the live set stays tiny,
# so peak RSS should stay flat: it measures that the collector keeps up.
# bench-args: 200000
# bench-half: 100000
# bench-check: 2000
import sys


class Node:
    def __init__(self, value, payload):
        self.value = value
        self.payload = payload


def churn(rounds):
    checksum = 0
    for i in range(rounds):
        items = [Node(i + k, (k, k * 2.5, str(k))) for k in range(20)]
        table = {n.value: n.payload for n in items}
        text = ",".join(str(n.value) for n in items)
        checksum = (checksum + len(table) + len(text) + items[-1].payload[0]) % 1000003
    return checksum


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
print("checksum", churn(n))
