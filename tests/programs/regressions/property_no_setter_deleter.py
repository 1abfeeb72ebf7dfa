# Setting or deleting a property without a setter or deleter.
class RO:
    @property
    def v(self):
        return 1


for f in [lambda: setattr(RO(), "v", 2), lambda: delattr(RO(), "v")]:
    try:
        f()
    except AttributeError as e:
        print(e)
r = RO()
try:
    del r.v
except AttributeError as e:
    print(e)
print(r.v)
