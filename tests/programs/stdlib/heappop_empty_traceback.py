import heapq
from collections import deque, Counter
print(Counter("abc") , deque())
d = deque()
try:
    d.popleft()
except IndexError as e:
    print("caught", e)
heapq.heappop([])
