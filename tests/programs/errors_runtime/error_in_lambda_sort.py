records = [{"name": "b", "score": 2}, {"name": "a", "score": 1}, {"name": "c"}]
print(sorted(records[:2], key=lambda r: r["score"]))
print(sorted(records, key=lambda r: r["score"]))
