# argparse for Kiln: optional and positional arguments with the common actions (store,
# store_const, store_true, store_false, append, append_const, extend, count, help,
# version), nargs (N, ?, *, +), type, choices, required, defaults, argument groups,
# mutually exclusive groups and sub-commands; usage and help laid out as CPython's
# HelpFormatter does for the simple cases.
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Namespace", "FileType", "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter", "ArgumentDefaultsHelpFormatter", "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "REMAINDER"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."


class HelpFormatter:
    pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class FileType:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("argparse.FileType: Kiln programs have no file access")


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        star = {}
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                star[k] = v
        if star:
            parts.append("**%r" % star)
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _arg_display(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _arg_display(action):
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    return action.dest


class _Action:
    def __init__(self, option_strings, dest, action="store", nargs=None, const=None, default=None, type=None, choices=None, required=False, help=None, metavar=None, version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version
        self.container = None

    def takes_values(self):
        return self.action in ("store", "append", "extend")

    def __repr__(self):
        return "_%sAction(option_strings=%r, dest=%r, nargs=%r, const=%r, default=%r, type=%r, choices=%r, required=%r, help=%r, metavar=%r)" % (
            self.action.title().replace("_", ""), self.option_strings, self.dest, self.nargs, self.const, self.default,
            self.type, self.choices, self.required, self.help, self.metavar)


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.exclusive = exclusive
        self.required = required
        self._actions = []

    def add_argument(self, *args, **kwargs):
        a = self._parser.add_argument(*args, **kwargs)
        self._parser._move_to_group(a, self)
        return a

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)


class _SubParsers:
    def __init__(self, parser, dest, title, description, required, help, metavar):
        self._parser = parser
        self.dest = dest
        self.title = title
        self.description = description
        self.required = required
        self.help = help
        self.metavar = metavar
        self.choices = {}
        self._helps = {}

    def add_parser(self, name, **kwargs):
        help = kwargs.pop("help", None)
        aliases = kwargs.pop("aliases", ())
        kwargs.setdefault("prog", "%s %s" % (self._parser._usage_prefix(), name))
        p = ArgumentParser(**kwargs)
        self.choices[name] = p
        for a in aliases:
            self.choices[a] = p
        self._helps[name] = help
        return p


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(), formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None, argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1] if sys.argv and sys.argv[0] else "prog"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._subparsers = None
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS, help="show this help message and exit")
        for p in parents:
            for a in p._actions:
                if a.action != "help":
                    self._add_action(a)
            self._defaults.update(p._defaults)

    # ----- building -----

    def add_argument(self, *args, **kwargs):
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            if not args:
                raise TypeError("add_argument() missing required argument")
            dest = kwargs.pop("dest", args[0])
            options = []
            if "required" in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
        else:
            options = list(args)
            for o in options:
                if o[:1] not in self.prefix_chars:
                    raise ValueError("invalid option string %r: must start with a character %r" % (o, self.prefix_chars))
            dest = kwargs.pop("dest", None)
            if dest is None:
                longs = [o for o in options if o[:2] == self.prefix_chars[0] * 2]
                dest = (longs[0] if longs else options[0]).lstrip(self.prefix_chars).replace("-", "_")
        action = kwargs.pop("action", "store")
        if action not in ("store", "store_const", "store_true", "store_false", "append", "append_const", "extend", "count", "help", "version"):
            raise ValueError("unknown action %r" % (action,))
        if action == "store_true":
            kwargs.setdefault("default", False)
            kwargs["const"] = True
            kwargs["nargs"] = 0
        elif action == "store_false":
            kwargs.setdefault("default", True)
            kwargs["const"] = False
            kwargs["nargs"] = 0
        elif action in ("store_const", "append_const", "count", "help", "version"):
            kwargs["nargs"] = 0
        if action == "version":
            kwargs.setdefault("default", SUPPRESS)
            kwargs.setdefault("help", "show program's version number and exit")
        if "default" not in kwargs:
            kwargs["default"] = self._defaults.get(dest, self.argument_default)
        a = _Action(options, dest, action, **kwargs)
        if a.type is not None and not callable(a.type):
            raise ValueError("%r is not callable" % (a.type,))
        if not options and a.nargs == "?" and False:
            pass
        self._add_action(a)
        return a

    def _add_action(self, a):
        for o in a.option_strings:
            for b in self._actions:
                if o in b.option_strings:
                    raise ArgumentError(a, "conflicting option string: %s" % o)
        self._actions.append(a)
        group = self._optionals if a.option_strings else self._positionals
        group._actions.append(a)
        a.container = group

    def _move_to_group(self, a, group):
        if a.container is not None and a in a.container._actions:
            a.container._actions.remove(a)
        if group.exclusive:
            group._actions.append(a)
            home = self._optionals if a.option_strings else self._positionals
            home._actions.append(a)
            a.container = home
        else:
            group._actions.append(a)
            a.container = group

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, exclusive=True, required=required)
        self._exclusive.append(g)
        return g

    def add_subparsers(self, title=None, description=None, dest=None, required=False, help=None, metavar=None, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        self._subparsers = _SubParsers(self, dest, title, description, required, help, metavar)
        return self._subparsers

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ----- parsing -----

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))
        return namespace, extras

    def _find_option(self, arg):
        if "=" in arg and arg[:2] == self.prefix_chars[0] * 2:
            opt, value = arg.split("=", 1)
        else:
            opt, value = arg, None
        for a in self._actions:
            if opt in a.option_strings:
                return a, opt, value
        if len(arg) > 2 and arg[0] in self.prefix_chars and arg[1] not in self.prefix_chars:
            short = arg[:2]
            for a in self._actions:
                if short in a.option_strings:
                    return a, short, arg[2:]
        if self.allow_abbrev and opt[:2] == self.prefix_chars[0] * 2:
            hits = [(a, o) for a in self._actions for o in a.option_strings if o.startswith(opt)]
            if len(hits) == 1:
                return hits[0][0], hits[0][1], value
            if len(hits) > 1:
                raise ArgumentError(None, "ambiguous option: %s could match %s" % (opt, ", ".join(o for _, o in hits)))
        return None, opt, value

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-":
            return False
        if arg[1:2].isdigit() or arg[1:2] == ".":
            # A negative number is a value unless an option looks like one.
            if not any(o[1:2].isdigit() for a in self._actions for o in a.option_strings):
                return False
        return True

    def _convert(self, action, text):
        conv = action.type
        if conv is None:
            value = text
        else:
            try:
                value = conv(text)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(conv, "__name__", repr(conv))
                raise ArgumentError(action, "invalid %s value: %r" % (name, text))
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))
        return value

    def _apply(self, action, values, ns, seen):
        seen.add(action)
        kind = action.action
        if kind == "help":
            self.print_help()
            self.exit()
        if kind == "version":
            print(action.version.replace("%(prog)s", self.prog))
            self.exit()
        if kind in ("store_const", "store_true", "store_false"):
            setattr(ns, action.dest, action.const)
        elif kind == "count":
            setattr(ns, action.dest, (getattr(ns, action.dest, None) or 0) + 1)
        elif kind == "append_const":
            items = list(getattr(ns, action.dest, None) or [])
            items.append(action.const)
            setattr(ns, action.dest, items)
        elif kind in ("append", "extend"):
            items = list(getattr(ns, action.dest, None) or [])
            if kind == "extend" or (action.nargs not in (None, "?") and isinstance(values, list)):
                if kind == "extend":
                    items.extend(values)
                else:
                    items.append(values)
            else:
                items.append(values)
            setattr(ns, action.dest, items)
        else:
            setattr(ns, action.dest, values)

    def _collect(self, action, args, i, first=None):
        # Values for an action from args[i:], honouring nargs; returns (value, next i).
        nargs = action.nargs
        taken = []
        if first is not None:
            taken.append(first)
        def more(j):
            return j < len(args) and not self._is_option(args[j]) and args[j] != "--"
        if nargs is None:
            if not taken:
                if not more(i):
                    raise ArgumentError(action, "expected one argument")
                taken.append(args[i])
                i += 1
            return self._convert(action, taken[0]), i
        if nargs == "?":
            if not taken and more(i):
                taken.append(args[i])
                i += 1
            if not taken:
                return action.const, i
            return self._convert(action, taken[0]), i
        if nargs in ("*", "+", "..."):
            while more(i) or (nargs == "..." and i < len(args)):
                taken.append(args[i])
                i += 1
            if nargs == "+" and not taken:
                raise ArgumentError(action, "expected at least one argument")
            return [self._convert(action, t) for t in taken], i
        while len(taken) < nargs and more(i):
            taken.append(args[i])
            i += 1
        if len(taken) < nargs:
            raise ArgumentError(action, "expected %d argument%s" % (nargs, "" if nargs == 1 else "s"))
        return [self._convert(action, t) for t in taken], i

    def _parse(self, args, ns):
        for a in self._actions:
            if a.dest != SUPPRESS and a.default != SUPPRESS and not hasattr(ns, a.dest):
                setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        seen = set()
        positionals = []
        extras = []
        i = 0
        only_positional = False
        # A sub-command takes every argument after it, in order.
        sub_rest = None
        own_needed = sum(_min_count(a) for a in self._actions if not a.option_strings)
        while i < len(args):
            arg = args[i]
            if (self._subparsers is not None and len(positionals) >= own_needed
                    and arg in self._subparsers.choices and not self._is_option(arg)):
                sub_rest = args[i:]
                break
            if arg == "--" and not only_positional:
                only_positional = True
                i += 1
                continue
            if not only_positional and self._is_option(arg):
                action, opt, attached = self._find_option(arg)
                if action is None:
                    extras.append(arg)
                    i += 1
                    continue
                i += 1
                if action.nargs == 0:
                    if attached is not None and opt[:2] != self.prefix_chars[0] * 2:
                        # -vvv: more single-letter flags
                        self._apply(action, None, ns, seen)
                        args = args[:i] + ["-" + attached] + args[i:]
                        continue
                    if attached is not None:
                        raise ArgumentError(action, "ignored explicit argument %r" % attached)
                    self._apply(action, None, ns, seen)
                    continue
                value, i = self._collect(action, args, i, attached if attached != "" else None)
                self._apply(action, value, ns, seen)
                continue
            positionals.append(arg)
            i += 1
        # Positionals in order; a sub-command takes the rest.
        pos_actions = [a for a in self._actions if not a.option_strings]
        j = 0
        for k, a in enumerate(pos_actions):
            if self._subparsers is not None and j < len(positionals) and k == len(pos_actions):
                break
            left = len(positionals) - j
            need_after = sum(_min_count(b) for b in pos_actions[k + 1:]) + (1 if self._subparsers is not None else 0)
            if a.nargs is None:
                if left < 1:
                    break
                self._apply(a, self._convert(a, positionals[j]), ns, seen)
                j += 1
            elif a.nargs == "?":
                if left - need_after >= 1:
                    self._apply(a, self._convert(a, positionals[j]), ns, seen)
                    j += 1
                else:
                    self._apply(a, a.default if a.default is not None else a.const, ns, seen)
            elif a.nargs in ("*", "+", "..."):
                n = max(0, left - need_after)
                if a.nargs == "+" and n < 1:
                    break
                vals = [self._convert(a, t) for t in positionals[j:j + n]]
                if a.nargs == "*" and not vals and a.default is not None:
                    vals = a.default
                self._apply(a, vals, ns, seen)
                j += n
            else:
                if left < a.nargs:
                    break
                self._apply(a, [self._convert(a, t) for t in positionals[j:j + a.nargs]], ns, seen)
                j += a.nargs
        rest = positionals[j:]
        if self._subparsers is not None:
            sp = self._subparsers
            if sub_rest is None and rest:
                sub_rest = rest
                rest = []
            if sub_rest:
                name = sub_rest[0]
                if name not in sp.choices:
                    choices = ", ".join(map(repr, sp.choices))
                    raise ArgumentError(None, "argument %s: invalid choice: %r (choose from %s)" % (self._subparser_name(), name, choices))
                if sp.dest is not None:
                    setattr(ns, sp.dest, name)
                subparser = sp.choices[name]
                try:
                    extras.extend(subparser._parse(sub_rest[1:], ns))
                except ArgumentError as e:
                    if not subparser.exit_on_error:
                        raise
                    subparser.error(str(e))
            else:
                if sp.dest is not None and not hasattr(ns, sp.dest):
                    setattr(ns, sp.dest, None)
                if sp.required:
                    raise ArgumentError(None, "the following arguments are required: %s" % self._subparser_name())
        extras.extend(rest)
        missing = [a for a in self._actions if a not in seen and (a.required or (not a.option_strings and a.nargs not in ("?", "*")))]
        if missing:
            names = [_arg_display(a) for a in missing]
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(names))
        for g in self._exclusive:
            used = [a for a in g._actions if a in seen]
            if len(used) > 1:
                raise ArgumentError(used[1], "not allowed with argument %s" % _arg_display(used[0]))
            if g.required and not used:
                names = " ".join(_arg_display(a) for a in g._actions if a.help != SUPPRESS)
                raise ArgumentError(None, "one of the arguments %s is required" % names)
        for a in self._actions:
            v = getattr(ns, a.dest, None) if a.dest != SUPPRESS else None
            if a not in seen and isinstance(v, str) and a.type is not None and v is a.default:
                setattr(ns, a.dest, self._convert(a, v))
        return extras

    def _subparser_name(self):
        # How errors name the sub-command argument: its dest, else its choices.
        sp = self._subparsers
        if sp.metavar:
            return sp.metavar
        if sp.dest is not None:
            return sp.dest
        return "{%s}" % ",".join(sp.choices)

    def _subparser_display(self):
        sp = self._subparsers
        if sp.metavar:
            return sp.metavar
        return "{%s}" % ",".join(sp.choices)

    # ----- output -----

    def _usage_prefix(self):
        parts = [self.prog]
        for a in self._actions:
            if not a.option_strings:
                parts.append(_metavar(a))
        return " ".join(parts)

    def format_usage(self):
        return "usage: %s\n" % self._usage_body()

    def _usage_body(self):
        if self.usage is not None:
            return self.usage.replace("%(prog)s", self.prog)
        opt_parts = []
        done = set()
        for a in self._actions:
            if a.help == SUPPRESS or not a.option_strings or a in done:
                continue
            group = next((g for g in self._exclusive if a in g._actions), None)
            if group is not None:
                inner = []
                for b in group._actions:
                    if b.option_strings and b.help != SUPPRESS:
                        done.add(b)
                        text = b.option_strings[0]
                        if b.nargs != 0:
                            text += " " + _format_args(b, _metavar(b))
                        inner.append(text)
                opt_parts.append(("(%s)" if group.required else "[%s]") % " | ".join(inner))
                continue
            text = a.option_strings[0]
            if a.nargs != 0:
                text += " " + _format_args(a, _metavar(a))
            opt_parts.append(text if a.required else "[%s]" % text)
        pos_parts = []
        for a in self._actions:
            if a.option_strings or a.help == SUPPRESS:
                continue
            pos_parts.append(_format_args(a, _metavar(a)))
        if self._subparsers is not None:
            pos_parts.append(self._subparser_display() + " ...")
        usage = " ".join([self.prog] + opt_parts + pos_parts)
        prefix = "usage: "
        width = 78
        if len(prefix) + len(usage) <= width:
            return usage

        # Too long: options wrapped under the first one, positionals on lines of
        # their own, all indented past the program name.
        def lines_of(parts, indent, first=False):
            lines = []
            line = []
            used = (len(prefix) if first else len(indent)) - 1
            for part in parts:
                if line and used + 1 + len(part) > width:
                    lines.append(indent + " ".join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first:
                lines[0] = lines[0][len(indent):]
            return lines

        prog = self.prog
        if len(prefix) + len(prog) <= 0.75 * width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, True)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, True)
            else:
                lines = [prog]
        else:
            indent = " " * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
            lines = [prog] + lines
        return "\n".join(lines)

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append("\n" + _wrap(self.description, 78, "") + "\n")
        width = 78
        sections = []
        for g in self._groups:
            actions = [a for a in g._actions if a.help != SUPPRESS]
            sub = g is self._positionals and self._subparsers is not None
            if not actions and not sub and not g.description:
                continue
            rows = []
            for a in actions:
                if a.option_strings:
                    if a.nargs == 0:
                        head = ", ".join(a.option_strings)
                    else:
                        args = _format_args(a, _metavar(a))
                        head = ", ".join("%s %s" % (o, args) for o in a.option_strings)
                else:
                    head = _metavar(a)
                help = a.help
                if help is not None:
                    help = help.replace("%(default)s", str(a.default)).replace("%(prog)s", self.prog)
                    if self.formatter_class is ArgumentDefaultsHelpFormatter and "%(default)" not in (a.help or "") and a.default not in (None, SUPPRESS) and a.action != "help":
                        help += " (default: %s)" % (a.default,)
                rows.append((head, help))
            if sub:
                sp = self._subparsers
                rows.append((self._subparser_display(), sp.help))
                for name, p in sp.choices.items():
                    if name in sp._helps and sp._helps[name] is not None:
                        rows.append(("  " + name, sp._helps[name]))
            sections.append((g, rows))
        # One help column for the whole parser: past the longest heading, at most 24.
        col = min(max([len(h) + 4 for _, rows in sections for h, _ in rows] + [0]), 24)
        for g, rows in sections:
            out.append("\n%s:\n" % g.title)
            if g.description:
                out.append("  %s\n\n" % g.description)
            out.append(_format_rows(rows, width, col))
        if self.epilog:
            out.append("\n" + _wrap(self.epilog, 78, "") + "\n")
        return "".join(out)

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _min_count(a):
    if a.nargs is None or a.nargs == "+":
        return 1
    if a.nargs in ("?", "*", "..."):
        return 0
    return a.nargs


def _metavar(a):
    if a.metavar is not None:
        return a.metavar
    if a.choices is not None:
        return "{%s}" % ",".join(map(str, a.choices))
    if a.option_strings:
        return a.dest.upper()
    return a.dest


def _format_args(a, m):
    n = a.nargs
    if n is None:
        return m
    if n == "?":
        return "[%s]" % m
    if n == "*":
        return "[%s ...]" % m
    if n == "+":
        return "%s [%s ...]" % (m, m)
    if n == "...":
        return "..."
    return " ".join([m] * n)


def _wrap(text, width, indent):
    words = text.split()
    lines = []
    line = ""
    for w in words:
        if line and len(indent) + len(line) + 1 + len(w) > width:
            lines.append(indent + line)
            line = w
        else:
            line = w if not line else line + " " + w
    if line:
        lines.append(indent + line)
    return "\n".join(lines)


def _format_rows(rows, width, col):
    out = []
    for head, help in rows:
        head = "  " + head
        if help is None:
            out.append(head + "\n")
            continue
        lines = _wrap(help, width - col, "").split("\n")
        if len(head) + 2 <= col:
            out.append(head.ljust(col) + lines[0] + "\n")
        else:
            out.append(head + "\n" + " " * col + lines[0] + "\n")
        for l in lines[1:]:
            out.append(" " * col + l + "\n")
    return "".join(out)
