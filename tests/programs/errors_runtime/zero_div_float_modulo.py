def wrap_angle(a, period):
    return a % period

print(wrap_angle(370.0, 360.0))
print(wrap_angle(-30.0, 360.0))
print(wrap_angle(45.0, 0.0))
