def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    return call

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), square(base=4), two_to(10), two_to(100, mod=1000))

def fmt(template, **values):
    return template.format(**values)

hello = partial(fmt, "Hello {name}, you are {age}")
print(hello(name="Ann", age=30))
print(partial(max, 5)(3, 9, 1), partial(sorted, key=len)(["ccc", "a", "bb"]))
def pipeline(*stages):
    def run(v):
        for s in stages:
            v = s(v)
        return v
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(p("  Hello Big World  "))
