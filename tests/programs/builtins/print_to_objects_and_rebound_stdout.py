import sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
cap = Capture()
print("to capture", 42, file=cap)
print("parts:", cap.parts)
old = sys.stdout
sys.stdout = cap
print("redirected", 1.5, None, sep="|", end="!\n")
print("again", flush=True)
sys.stdout = old
print("parts2:", cap.parts)
print("to stderr", file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print("none file", file=None)
sys.stdout.write("direct\n")
class Bad:
    pass
try:
    print("x", file=Bad())
except AttributeError as e:
    print("AttributeError", e)
