# Loggers, levels, handlers and formatters; records go to stdout so that the output can
# be compared (asctime is left out: it differs per run).
import logging
import sys

logging.warning("to stderr before configuration: %s", "lastResort-free root")
logging.basicConfig(stream=sys.stdout, level=logging.INFO, force=True)
logging.info("started with %d items", 3)
logging.debug("hidden")
log = logging.getLogger("app.db")
log.warning("slow query: %.2f s", 1.5)
log.setLevel(logging.ERROR)
log.warning("suppressed")
log.error("failed %s", {"code": 7})
print(log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()), log.parent.name)
child = log.getChild("pool")
print(child.name, child.parent is log, child.getEffectiveLevel())

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s"))
svc = logging.getLogger("svc")
svc.addHandler(handler)
svc.propagate = False
svc.setLevel(logging.DEBUG)
svc.debug("debug line")
svc.info("user %(user)s logged in", {"user": "ann"})
svc.critical("disk full")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
svc.addHandler(brace)
svc.warning("two handlers")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return not record.args or record.args[0] % 2 == 1


svc.removeHandler(brace)
svc.addFilter(OnlyOdd())
for i in range(4):
    svc.info("number %d", i)

try:
    1 / 0
except ZeroDivisionError:
    svc.handlers = [logging.StreamHandler()]  # the traceback text goes to stderr
    svc.exception("math broke")

adapter = logging.LoggerAdapter(svc, {"request": 42})
fmt = logging.StreamHandler(sys.stdout)
fmt.setFormatter(logging.Formatter("%(request)s %(message)s"))
svc.handlers = [fmt]
adapter.info("through the adapter %d", 1)

print(logging.getLogger() is logging.root, logging.getLogger("svc") is svc)
print(logging.INFO, logging.WARNING, logging.getLevelName("ERROR"), logging.getLevelName(15))
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.info("enabled again")
print(svc.isEnabledFor(logging.DEBUG), logging.getLogger("x.y").isEnabledFor(logging.DEBUG))
