# typing: Union/Optional normalization and reprs, runtime-checkable protocols, TypedDict
# (total, functional form, plain dicts), Generic subscripts, built-in generic aliases.
from typing import Union, Optional, List, Dict, Protocol, runtime_checkable, TypedDict, Generic, TypeVar, Callable

print(Union[int, None], Optional[int], Union[int, str], Union[int, str, None])
print(Union[int, None] == Optional[int], Union[int, str] == Union[str, int], Union[int, int], Union[int, Union[str, float]])
print(Optional[list[int]], Union[dict[str, list[int]], None], Callable[[int], str])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] | None, int | list[str], list[int]([1, 2]))
print({list[int]: 1}[list[int]])


def f(xs: list[int], m: dict[str, float] | None = None) -> tuple[int, str]:
    return len(xs), "x"


print(f.__annotations__)

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v


print(Box[int], Box[int](3).v, Box.__mro__)


class MyList(list[int]):
    pass


print(MyList([1, 2]), MyList.__mro__)


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class HasArea(Protocol):
    area: float

    def size(self) -> int: ...


class Square:
    def draw(self):
        return "[]"


class Blob:
    pass


print(isinstance(Square(), Drawable), isinstance(Blob(), Drawable), issubclass(Square, Drawable), issubclass(Blob, Drawable))
try:
    isinstance(Square(), HasArea)
except TypeError as e:
    print("TypeError:", e)


class Circle(Drawable):
    def draw(self):
        return "()"


print(isinstance(Circle(), Drawable), Circle().draw())


class Movie(TypedDict, total=False):
    title: str
    year: int


class Rated(Movie):
    stars: int


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__), sorted(Rated.__required_keys__), sorted(Rated.__annotations__))
Point = TypedDict("Point", {"x": int, "y": int})
p = Point(x=1, y=2)
print(p, type(p).__name__, Point.__annotations__, Point.__total__)
