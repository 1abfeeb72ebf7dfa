#!/usr/bin/env python3
"""JIT counters per benchmark program and region shape, from `kiln run --stats`.

For every program of benches/programs (or the ones named) and every shape (trace, loop,
frame) this runs `kiln run --jit on --regions SHAPE --stats PROGRAM ARGS` once at the
program's `# bench-args:` size and tabulates what --stats reports: regions compiled,
total and median compile time, compile time as a share of the run's wall time, aborts,
deopts, bridges and calls inlined. It measures counters, not speed (speed comes from
`kiln bench`).

Usage: python3 benches/jit_stats.py [--kiln PATH] [--out FILE] [PROGRAM...]
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = ["trace", "loop", "frame"]


def header_args(path):
    with open(path) as f:
        for line in f:
            if line.startswith("# bench-args:"):
                return line.split(":", 1)[1].split()
    return []


def number(pattern, text, default=0.0):
    m = re.search(pattern, text, re.M)
    return float(m.group(1)) if m else default


def stats(kiln, program, args, shape):
    cmd = [kiln, "run", "--jit", "on", "--regions", shape, "--stats", program] + args
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=os.path.dirname(program))
    err = r.stderr
    inlined = [int(x) for x in re.findall(r"calls inlined (\d+)", err)]
    return {
        "status": r.returncode,
        "wall_ms": number(r"^wall time:\s+([\d.]+) ms", err),
        "compile_ms": number(r"^compile time:\s+([\d.]+) ms total", err),
        "regions": int(number(r"^compile time:.*?, (\d+) regions", err)),
        "median_us": int(number(r"median (\d+) us", err)),
        "aborts": int(number(r"^recordings aborted:\s+(\d+)", err)),
        "deopts": int(number(r"^deopts:\s+(\d+)", err)),
        "bridges": int(number(r"^bridges:\s+(\d+)", err)),
        "dropped": int(number(r"^regions dropped:\s+(\d+)", err)),
        "inlined": max(inlined) if inlined else 0,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kiln", default=os.path.join(HERE, "..", "target", "release", "kiln"))
    ap.add_argument("--out", default=None)
    ap.add_argument("programs", nargs="*")
    a = ap.parse_args()
    progdir = os.path.join(HERE, "programs")
    names = a.programs or sorted(f[:-3] for f in os.listdir(progdir) if f.endswith(".py"))
    rows = []
    worst = 0.0
    medians = []
    for name in names:
        path = os.path.join(progdir, name + ".py")
        args = header_args(path)
        for shape in SHAPES:
            s = stats(os.path.abspath(a.kiln), path, args, shape)
            share = 100.0 * s["compile_ms"] / s["wall_ms"] if s["wall_ms"] else 0.0
            worst = max(worst, share)
            if s["regions"]:
                medians.append(s["median_us"])
            rows.append(
                f"| {name} | {shape} | {s['regions']} | {s['compile_ms']:.1f} | {s['median_us']} | "
                f"{s['wall_ms']:.0f} | {share:.2f}% | {s['inlined']} | {s['aborts']} | {s['deopts']} | "
                f"{s['bridges']} | {s['dropped']} |"
            )
            print(rows[-1], file=sys.stderr)
    medians.sort()
    lines = [
        "| program | shape | regions compiled | compile ms | median region us | wall ms | compile share | "
        "calls inlined (max per region) | aborts | deopts | bridges | dropped |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ] + rows
    lines.append("")
    lines.append(f"Largest compile share: {worst:.2f}% of wall time. Median region compile time over all "
                 f"programs and shapes: {medians[len(medians) // 2] if medians else 0} us.")
    text = "\n".join(lines) + "\n"
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)
    print(text)


if __name__ == "__main__":
    main()
