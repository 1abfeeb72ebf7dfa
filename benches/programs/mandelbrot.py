# Mandelbrot set: escape-time iteration z -> z*z + c over a fixed window of
# the complex plane, sampled on a grid of ROWS rows by 160 columns.  Each row
# is rendered to a string of shade characters; the program reports the total
# iteration count, how many points never escaped, and a rolling hash of the
# rendered rows.  The window is always the same, so ROWS sets the sampling
# density and the work grows linearly with it.
# Usage: mandelbrot.py [ROWS] [MAX_ITER]   (defaults: ROWS=3200, MAX_ITER=200)
# bench-args: 3200
# bench-half: 1600
# bench-check: 12
import sys

WIDTH = 160
SHADES = " .:-=+*#%@"
X_MIN, X_MAX = -2.2, 0.8
Y_MIN, Y_MAX = -1.25, 1.25


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return max_iter


def render_row(y, rows, max_iter):
    ci = Y_MIN + (Y_MAX - Y_MIN) * (y + 0.5) / rows
    step = (X_MAX - X_MIN) / WIDTH
    counts = [escape_time(X_MIN + (x + 0.5) * step, ci, max_iter) for x in range(WIDTH)]
    last = len(SHADES) - 1
    line = "".join(SHADES[last if c >= max_iter else c % last] for c in counts)
    return counts, line


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 3200
    max_iter = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    total = 0
    inside = 0
    digest = 0
    middle = ""
    for y in range(rows):
        counts, line = render_row(y, rows, max_iter)
        total += sum(counts)
        inside += counts.count(max_iter)
        for ch in line:
            digest = (digest * 31 + ord(ch)) % 1000000007
        if y == rows // 2:
            middle = line
    print(f"grid: {WIDTH}x{rows}, max_iter={max_iter}")
    print(f"total iterations: {total}")
    print(f"points inside: {inside} ({100.0 * inside / (WIDTH * rows):.3f}%)")
    print(f"middle row: |{middle.rstrip()}|")
    print(f"checksum: {digest}")


main()
