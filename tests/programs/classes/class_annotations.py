class P:
    x: int
    y: float = 2.0
    name: "str" = "p"
    def m(self) -> int:
        z: int = 3
        return z
print(P.__annotations__, P.y, P().m(), hasattr(P, 'x'))
class Q: pass
print('__annotations__' in Q.__dict__)
