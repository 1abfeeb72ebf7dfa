# kiln: expect-error: NotImplementedError
print("the whole file is rejected before running")

async def main():
    await other()

async def other():
    return 1
