def speed(distance, hours):
    return distance / hours

trips = [(120.0, 2.0), (90.5, 1.5), (10.0, 0.0)]
for d, h in trips:
    print(f"{d} km in {h} h -> {speed(d, h):.2f} km/h")
