# inspect: signatures of Python functions (from their code objects, defaults and
# annotations), Signature.bind, and the is*/getmembers/getdoc helpers. Source code is not
# available (getsource raises NotImplementedError).
import types as _types

__all__ = ["Parameter", "Signature", "BoundArguments", "signature", "isfunction", "ismethod", "isclass", "isbuiltin", "isroutine", "isgenerator", "isgeneratorfunction", "iscoroutinefunction", "isabstract", "ismodule", "getmembers", "getdoc", "cleandoc", "getsource", "unwrap"]


class _Empty:
    pass


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))

    def __str__(self):
        return self._name


POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    if isinstance(a, str):
        return a
    return repr(a)


class Parameter:
    empty = _Empty
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_Empty, annotation=_Empty):
        return Parameter(self._name if name is None else name, self._kind if kind is None else kind,
                         default=self._default if default is _Empty else default,
                         annotation=self._annotation if annotation is _Empty else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text += ": " + _annotation_text(self._annotation)
        if self._default is not _Empty:
            text += (" = " if self._annotation is not _Empty else "=") + repr(self._default)
        if self._kind == VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (KEYWORD_ONLY, VAR_KEYWORD) or p.name not in self.arguments:
                if p.kind == VAR_POSITIONAL or p.kind in (KEYWORD_ONLY, VAR_KEYWORD):
                    continue
                break
            if p.kind == VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == VAR_KEYWORD:
                out.update(self.arguments[p.name])
            elif p.kind == KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
        return out

    def apply_defaults(self):
        new = {}
        for name, p in self.signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif p.default is not _Empty:
                new[name] = p.default
            elif p.kind == VAR_POSITIONAL:
                new[name] = ()
            elif p.kind == VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        return "<BoundArguments (%s)>" % ", ".join("%s=%r" % kv for kv in self.arguments.items())


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: _types.MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(list(self._parameters.values()) if parameters is None else parameters,
                         return_annotation=self._return_annotation if return_annotation is _Empty else return_annotation)

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        for i, p in enumerate(self._parameters.values()):
            if p.kind == KEYWORD_ONLY and VAR_POSITIONAL not in kinds and (i == 0 or kinds[i - 1] != KEYWORD_ONLY):
                parts.append("*")
            parts.append(str(p))
            if p.kind == POSITIONAL_ONLY and (i + 1 == len(kinds) or kinds[i + 1] != POSITIONAL_ONLY):
                parts.append("/")
        text = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _Empty:
            text += " -> " + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return "<Signature %s>" % self

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return list(self._parameters.values()) == list(other._parameters.values()) and \
            self._return_annotation == other._return_annotation

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for p in params:
            if p.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                if args:
                    if p.name in kwargs and p.kind == POSITIONAL_OR_KEYWORD:
                        raise TypeError("multiple values for argument '%s'" % p.name)
                    arguments[p.name] = args.pop(0)
                elif p.kind == POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            elif p.kind == VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind == KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            elif p.kind == VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(f, skip_first):
    code = f.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    annotations = getattr(f, "__annotations__", {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = POSITIONAL_ONLY if i < nposonly else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _Empty)))
    at = npos + nkw
    if code.co_flags & 4:
        name = names[at]
        params.append(Parameter(name, VAR_POSITIONAL, annotation=annotations.get(name, _Empty)))
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & 8:
        name = names[at + (1 if code.co_flags & 4 else 0)]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _Empty)))
    if skip_first:
        if not params or params[0].kind in (KEYWORD_ONLY, VAR_KEYWORD):
            raise ValueError("invalid method signature")
        if params[0].kind != VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _Empty))


def unwrap(func, *, stop=None):
    seen = set()
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
        func = func.__wrapped__
    return func


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    if isinstance(obj, _types.MethodType):
        return _function_signature(obj.__func__, True) if isfunction(obj.__func__) else signature(obj.__func__).replace(
            parameters=list(signature(obj.__func__).parameters.values())[1:])
    if isfunction(obj):
        return _function_signature(obj, False)
    if isclass(obj):
        for klass in obj.__mro__:
            if "__init__" in klass.__dict__ and klass is not object:
                init = klass.__dict__["__init__"]
                if isfunction(init):
                    return _function_signature(init, True)
                break
        for klass in obj.__mro__:
            if "__new__" in klass.__dict__ and klass is not object:
                new = klass.__dict__["__new__"]
                new = getattr(new, "__func__", new)
                if isfunction(new):
                    return _function_signature(new, True)
                break
        if obj.__init__ is object.__init__:
            return Signature([])
        raise ValueError("no signature found for builtin type %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _function_signature(call, True)
    raise ValueError("no signature found for %r" % (obj,))


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isgeneratorfunction(obj):
    obj = getattr(obj, "__func__", obj)
    return isfunction(obj) and bool(obj.__code__.co_flags & 32)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutinefunction(obj):
    return False


def iscoroutine(obj):
    return False


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", None))


def getmembers(obj, predicate=None):
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda kv: kv[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getsource(obj):
    raise NotImplementedError("inspect.getsource is not supported by Kiln (<kiln>/inspect.py)")
