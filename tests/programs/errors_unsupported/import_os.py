# kiln: expect-error: NotImplementedError
import os

print(os.sep)
