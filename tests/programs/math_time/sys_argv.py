import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[0].endswith(".py"))
name = sys.argv[0]
print(name.rsplit(".", 1)[0])
args = sys.argv[1:]
print("no extra args" if not args else args)
