import argparse
p = argparse.ArgumentParser(prog="git")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
sub = p.add_subparsers(dest="cmd")
c = sub.add_parser("commit")
c.add_argument("-m")
c.add_argument("--amend", action="store_true")
cl = sub.add_parser("clone")
cl.add_argument("url")
print(p.parse_args(["commit", "-m", "hello"]))
print(p.parse_args(["commit", "--amend", "-m", "x"]))
print(p.parse_args(["clone", "http://x"]))
print(p.parse_args([]))
p.print_help()
try:
    p.parse_args(["clone"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["push"])
except SystemExit as e:
    print("exit", e.code)
