from collections import defaultdict, Counter, OrderedDict, deque, namedtuple, ChainMap
import heapq, bisect, string, operator, functools, itertools, copy
from itertools import *
from functools import reduce, lru_cache, partial, wraps, total_ordering, cmp_to_key

d = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    d[w[0]].append(w)
print(d)
print(dict(d), d['z'], len(d))
dd = defaultdict(int); dd['x'] += 3; print(dd, dd.default_factory)
c = Counter("mississippi")
print(c, c.most_common(2), c['z'], c.total())
c.update("ssx"); print(c)
c2 = Counter(a=3, b=1); print(c2 + Counter(a=1, c=2), c2 - Counter(a=5), c2 & Counter(a=1), c2 | Counter(b=4))
print(sorted(c2.elements()), Counter({'x': 2}) == Counter(x=2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common())
od = OrderedDict(); od['a'] = 1; od['b'] = 2; od['c'] = 3
od.move_to_end('a'); print(od, list(od)); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
q = deque([1, 2, 3]); q.append(4); q.appendleft(0); print(q, q.popleft(), q.pop(), q, len(q))
q.rotate(1); print(q); q.rotate(-2); print(q, q[0], q[-1], 3 in q)
b = deque(maxlen=3)
for i in range(5): b.append(i)
print(b, list(b), b.maxlen)
bfs = deque([0]); seen = {0}; order = []
while bfs:
    n = bfs.popleft(); order.append(n)
    for m in (n * 2 + 1, n * 2 + 2):
        if m < 300 and m not in seen:
            seen.add(m); bfs.append(m)
print(len(order), order[:10], order[-3:])
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
print(Point, type(p).__name__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p; print(x + y)
Emp = namedtuple('Emp', 'name age dept', defaults=['eng'])
print(Emp('ann', 30), Emp('bob', 40, 'ops'))
try: Point(1)
except TypeError as e: print(e)
class P3(namedtuple('P3', 'a b c')):
    def total(self): return self.a + self.b + self.c
print(P3(1, 2, 3), P3(1, 2, 3).total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
h = []
for v in [5, 3, 8, 1, 9, 2]: heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
l = [9, 7, 5, 3, 1, 8]; heapq.heapify(l); print(l)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]), heapq.heappushpop(l, 4), heapq.heapreplace(l, 10), l)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = [(3, 'c'), (1, 'a'), (2, 'b')]; heapq.heapify(tasks); print([heapq.heappop(tasks) for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5)); bisect.insort(a, 3); print(a)
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello world"))
print(operator.add(2, 3), operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter('x')(p), operator.methodcaller('upper')('a'))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)))
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def sq(n): return n * n
print(sq(3), sq(3), sq.cache_info())
def power(b, e): return b ** e
cube = partial(power, e=3); print(cube(2), partial(power, 2)(10))
def deco(f):
    @wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello():
    "doc"
    return 1
print(hello.__name__, hello.__doc__, hello())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(islice(count(10, 2), 5)), list(islice(cycle('ab'), 5)), list(repeat(1, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('abcd', [1, 0, 1, 0])), list(dropwhile(lambda x: x < 3, [1, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby(sorted(words), key=len)])
print(list(product('ab', repeat=2)), list(permutations([1, 2, 3], 2)), list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)))
print(list(zip_longest('abc', [1], fillvalue='-')), list(pairwise([1, 2, 3])), list(starmap(pow, [(2, 3), (3, 2)])), list(filterfalse(None, [0, 1, 2])))
t1, t2 = tee([1, 2, 3]); print(list(t1), list(t2))
print(list(islice('abcdefg', 2, None, 2)), list(islice('abcdefg', 3)))
nested = {'a': [1, 2, {'b': 3}]}
cp = copy.deepcopy(nested); cp['a'][2]['b'] = 99; print(nested, cp)
sh = copy.copy(nested); sh['a'].append(4); print(nested)
class Node:
    def __init__(self, v): self.v = v; self.kids = []
n = Node(1); n.kids.append(Node(2)); n2 = copy.deepcopy(n); n2.kids[0].v = 5; print(n.kids[0].v, n2.kids[0].v)
print(len(list(permutations(range(6)))), sum(1 for _ in combinations(range(10), 4)))
