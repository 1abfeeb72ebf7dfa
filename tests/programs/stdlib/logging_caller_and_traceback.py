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
