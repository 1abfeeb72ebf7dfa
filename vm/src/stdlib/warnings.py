# warnings for Kiln: warn() prints CPython's "file:line: Category: message" form once per
# location and message (the "default" action), with the source line under it, and filters
# for "ignore", "error", "always" and "once".
import sys

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings", "catch_warnings", "formatwarning", "showwarning"]

filters = []
_seen = set()
_once = set()


def formatwarning(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = sys._kiln_source_line(filename, lineno)
    line = line.strip()
    if line:
        text += "  %s\n" % line
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    file.write(formatwarning(message, category, filename, lineno, line))


def _re():
    import re
    return re


def _action_for(category, text):
    for action, msg, cat, lineno in filters:
        if issubclass(category, cat) and (msg is None or _re().match(msg, text, _re().I)):
            return action
    # CPython shows DeprecationWarning when it is attributed to __main__, which is where
    # Kiln's (one-file) programs run.
    if issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    text = str(message)
    action = _action_for(category, text)
    if action == "ignore":
        return
    if action == "error":
        if isinstance(message, Warning):
            raise message
        raise category(message)
    filename, lineno, _ = sys._kiln_caller(stacklevel)
    key = (text, category, filename, lineno)
    if action == "once":
        if (text, category) in _once:
            return
        _once.add((text, category))
    elif action != "always":
        if key in _seen:
            return
        _seen.add(key)
    _show(message, category, filename, lineno)


def _show(message, category, filename, lineno):
    showwarning(message, category, filename, lineno)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    item = (action, None, category, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _seen.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    item = (action, message or None, category, lineno)
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _seen.clear()


def _check_action(action):
    if action not in ("default", "ignore", "error", "always", "once", "module"):
        raise ValueError("invalid action: %r" % (action,))


def resetwarnings():
    filters.clear()
    _seen.clear()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self.category.__name__, self.filename, self.lineno, self.line)


class catch_warnings:
    def __init__(self, *, record=False, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global _show
        self._saved = (filters[:], set(_seen), _show)
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def record(message, category, filename, lineno):
                if not isinstance(message, Warning):
                    message = category(message)
                log.append(WarningMessage(message, category, filename, lineno))

            _show = record
            return log
        return None

    def __exit__(self, *exc):
        global _show
        saved_filters, saved_seen, _show = self._saved
        filters[:] = saved_filters
        _seen.clear()
        _seen.update(saved_seen)
        return False
