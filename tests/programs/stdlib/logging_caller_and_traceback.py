import sys


class _HidePath:
    # Prints this file's path as FILE, so that the output does not depend on where the
    # corpus lives.
    def __init__(self, real):
        self.real = real

    def write(self, s):
        return self.real.write(s.replace(__file__, "FILE"))

    def flush(self):
        pass


sys.stdout = _HidePath(sys.stdout)
sys.stderr = sys.stdout

import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s %(name)s %(module)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("app")
def work(x):
    log.info("working on %s", x)
    try:
        return 10 / x
    except ZeroDivisionError:
        log.exception("failed for %d", x)
work(2)
work(0)
log.warning("top")
class C:
    def m(self):
        logging.debug("in method")
C().m()
