import math
print(math.sqrt(16))
import nosuchmodule_xyz
print("not reached")
