def make_fib_gen():
    state = {"a": 0, "b": 1}
    def step():
        a = state["a"]
        state["a"], state["b"] = state["b"], state["a"] + state["b"]
        return a
    return step

nxt = make_fib_gen()
print([nxt() for _ in range(12)])

def compose_all(funcs):
    result = lambda x: x
    for f in funcs:
        result = (lambda g, h: lambda x: h(g(x)))(result, f)
    return result

chain = compose_all([lambda x: x + 1, lambda x: x * 3, str])
print(chain(4), repr(chain(0)))

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper

init = once(lambda: print("initializing") or 42)
print(init(), init(), init())
