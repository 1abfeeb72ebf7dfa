"""Module docstring."""
import sys
print(__name__, __doc__)
def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    print("args:", argv)
    return 0
if __name__ == "__main__":
    rc = main()
    print(__file__.endswith("main_module_globals.py"))
    print(globals().get("rc"), "main" in globals(), type(globals()).__name__)
