# kiln: expect-error: NotImplementedError
async def fetch(n):
    return n * 2

print("async functions are outside Kiln's subset")
