graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}

def dijkstra(src):
    dist = {n: float("inf") for n in graph}
    prev = {n: None for n in graph}
    dist[src] = 0
    unvisited = set(graph)
    while unvisited:
        u = min(sorted(unvisited), key=lambda n: dist[n])
        if dist[u] == float("inf"):
            break
        unvisited.remove(u)
        for v, w in graph[u].items():
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev

def path_to(prev, target):
    out = []
    while target:
        out.append(target)
        target = prev[target]
    return out[::-1]

dist, prev = dijkstra("A")
for node in sorted(graph):
    print(node, dist[node], "->".join(path_to(prev, node)) if dist[node] != float("inf") else "unreachable")
d2, _ = dijkstra("E")
print(d2)
