# kiln: expect-error: NotImplementedError
z = 3 + 4j
print(abs(z))
