def fill(buffer, values):
    for i, v in enumerate(values):
        buffer[i] = v
        print("wrote", i, v)

buf = [0] * 3
fill(buf, [5, 6, 7, 8])
