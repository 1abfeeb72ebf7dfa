"""Abstract base classes (Kiln's abc): ABC refuses to instantiate a class that leaves an
abstract method unimplemented. ABCMeta is a metaclass that adds ABC to the bases."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty", "abstractclassmethod", "abstractstaticmethod"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = []
    seen = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            target = value
            if isinstance(value, property):
                target = value.fget
            elif isinstance(value, (classmethod, staticmethod)):
                target = getattr(value, "__func__", None)
            if getattr(target, "__isabstractmethod__", False):
                names.append(name)
    return sorted(names)


# The abstract methods each class instantiated so far leaves unimplemented.
_checked = {}


class ABCMeta(type):
    """The metaclass of abstract classes. A class made with it gets abc.ABC among its
    bases, which refuses to instantiate it while abstract methods are left (Kiln's ABC
    does the work CPython's ABCMeta does)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        if not any(isinstance(b, type) and issubclass(b, ABC) for b in bases):
            bases = tuple(bases) + (ABC,)
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def register(cls, subclass):
        return ABC.register.__func__(cls, subclass)


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls))
        # Each ABC base knows its subclasses: a class registered with one of them is a
        # virtual subclass of the base too (numbers.Integral.register(int) makes int a
        # Number).
        for base in cls.__bases__:
            if issubclass(base, ABC):
                subs = base.__dict__.get("_kiln_subclasses")
                if subs is None:
                    subs = []
                    base._kiln_subclasses = subs
                subs.append(cls)

    @classmethod
    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC (isinstance and issubclass)."""
        reg = cls.__dict__.get("_kiln_registered")
        if reg is None:
            reg = []
            cls._kiln_registered = reg
        reg.append(subclass)
        return subclass

    @classmethod
    def __class_subclasscheck__(cls, sub):
        # What ABCMeta.__subclasscheck__ adds: __subclasshook__, then registrations.
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            r = getattr(hook, "__func__", hook)(cls, sub)
            if r is not NotImplemented:
                return bool(r)
        for r in cls.__dict__.get("_kiln_registered", ()):
            if issubclass(sub, r):
                return True
        for scls in cls.__dict__.get("_kiln_subclasses", ()):
            if issubclass(sub, scls):
                return True
        return False

    @classmethod
    def __class_instancecheck__(cls, obj):
        return cls.__class_subclasscheck__(type(obj))

    def __new__(cls, *args, **kwargs):
        missing = _checked.get(cls)
        if missing is None:
            missing = _checked[cls] = _abstract_names(cls)
        if missing:
            s = "" if len(missing) == 1 else "s"
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ", ".join(missing)))
        return object.__new__(cls)




def abstractproperty(fget):
    fget.__isabstractmethod__ = True
    return property(fget)


def abstractclassmethod(f):
    f.__isabstractmethod__ = True
    return classmethod(f)


def abstractstaticmethod(f):
    f.__isabstractmethod__ = True
    return staticmethod(f)
