# kiln: expect-error: NotImplementedError
import os

for name in os.listdir("."):
    print(name)
