edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (6, 7), (8, 8)]
graph = {}
for a, b in edges:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set())
print({k: sorted(v) for k, v in sorted(graph.items())})

def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for n in sorted(graph[node]):
            if n not in seen:
                seen.add(n)
                stack.append(n)
    return seen

for node in sorted(graph):
    print(node, sorted(reachable(node)))

undirected = {}
for a, b in edges:
    undirected.setdefault(a, set()).add(b)
    undirected.setdefault(b, set()).add(a)
components = []
seen = set()
for node in sorted(undirected):
    if node in seen:
        continue
    comp = set()
    todo = [node]
    while todo:
        n = todo.pop()
        if n in comp:
            continue
        comp.add(n)
        todo.extend(undirected[n] - comp)
    seen |= comp
    components.append(sorted(comp))
print(components)
