#!/usr/bin/env python3
"""Compare Kiln against CPython (and PyPy, when installed) on benches/programs.

Usage:
    python3 benches/compare.py [--kiln PATH] [--runs N] [--programs a,b]
                               [--size-arg SPEC ...] [--engines a,b]
                               [--timeout SECONDS] [--json FILE] [--check]

Every program is run by every engine, interleaved run by run: one warm-up
round (output checked, time discarded) and then N counted rounds, with the
engine order rotated each round so no engine always runs first or last.
Each run's stdout must be identical to python3's (the reference); a
mismatch or a non-zero exit marks that engine FAILED for the program and no
time is reported for it.  Wall time is measured around the child process,
peak RSS comes from os.wait4's resource usage (ru_maxrss).

--size-arg SPEC sets the argument passed to the programs: "N" for every
program, or "prog=N" for one program (repeatable, comma-separated allowed).
Without it each program runs at its built-in default size (1-3 s on
CPython 3.11).

--check runs every program once at a small size (SMALL_SIZES below) on every
available engine, compares outputs only, and exits 1 on any mismatch or if
the kiln binary is missing.
"""

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
PROGRAM_DIR = os.path.join(BENCH_DIR, "programs")

PROGRAMS = ["nbody", "spectral_norm", "fannkuch", "richards", "float", "gc_churn"]

# Sizes used by --check: big enough to exercise every code path, small
# enough that even a slow tree-walking interpreter finishes in a moment.
SMALL_SIZES = {
    "nbody": "1000",
    "spectral_norm": "40",
    "fannkuch": "6",
    "richards": "2000",
    "float": "2000",
    "gc_churn": "2000",
}

ENGINE_ORDER = ["kiln", "python3", "pypy3"]
REFERENCE = "python3"


class Engine:
    def __init__(self, name, argv_prefix, describe, missing_reason=None):
        self.name = name
        self.argv_prefix = argv_prefix
        self.describe = describe
        self.missing_reason = missing_reason

    @property
    def available(self):
        return self.missing_reason is None

    def command(self, program_path, args):
        return self.argv_prefix + [program_path] + args


def resolve_python(name):
    """Find an interpreter on PATH and resolve shims (pyenv) to the real binary,
    so the shim's own start-up cost is not part of the measurement."""
    found = shutil.which(name)
    if found is None:
        return None, f"{name} not found on PATH"
    try:
        out = subprocess.run(
            [found, "-c",
             "import sys, platform; print(sys.executable); "
             "print(platform.python_implementation(), platform.python_version())"],
            capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{name} failed to start: {exc}"
    if out.returncode != 0:
        return None, f"{name} failed to start: {out.stderr.strip()[:200]}"
    lines = out.stdout.strip().splitlines()
    exe = lines[0] if lines and os.path.isfile(lines[0]) else found
    version = lines[1] if len(lines) > 1 else "?"
    return Engine(name, [exe], f"{version} ({exe})"), None


def make_engines(kiln_path, wanted):
    engines = {}
    if os.path.isfile(kiln_path) and os.access(kiln_path, os.X_OK):
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(kiln_path)))
        engines["kiln"] = Engine("kiln", [kiln_path, "run"], f"{kiln_path} (built {stamp})")
    else:
        engines["kiln"] = Engine("kiln", [], "", f"no executable at {kiln_path}")
    for name in ("python3", "pypy3"):
        eng, why = resolve_python(name)
        engines[name] = eng if eng is not None else Engine(name, [], "", why)
    return [engines[n] for n in ENGINE_ORDER if n in wanted]


class RunResult:
    def __init__(self, seconds, rss_kib, exit_code, stdout, stderr, timed_out):
        self.seconds = seconds
        self.rss_kib = rss_kib
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def run_once(cmd, timeout):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, cwd=REPO_DIR, env=env)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                proc.kill()
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    # Linux reports ru_maxrss in KiB.
    return RunResult(elapsed, usage.ru_maxrss, proc.returncode, stdout, stderr,
                     bool(timed_out))


def first_difference(a, b):
    la = a.splitlines()
    lb = b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"line {i + 1}: {x!r} vs {y!r}"
    return "trailing whitespace differs"


def failure_text(res, expected, ref_name):
    if res.timed_out:
        return "timed out"
    if res.exit_code != 0:
        tail = res.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        return f"exit {res.exit_code}: {tail[0][:160]}"
    if expected is not None and res.stdout != expected:
        return f"output differs from {ref_name}: {first_difference(res.stdout, expected)}"
    return None


class Outcome:
    """Everything measured for one (program, engine) pair."""

    def __init__(self):
        self.times = []
        self.rss = []
        self.failure = None
        self.stdout = None


def reference_of(engines, outcomes):
    """Pick the engine whose output is the reference: python3 when it ran
    cleanly, else the first engine that did."""
    names = [e.name for e in engines if e.available]
    if REFERENCE in names and outcomes[REFERENCE].failure is None:
        return REFERENCE
    for n in names:
        if outcomes[n].failure is None:
            return n
    return None


def check_outputs(engines, outcomes, results):
    """Record failures for this round's results (dict engine -> RunResult)."""
    for name, res in results.items():
        oc = outcomes[name]
        if oc.failure is not None:
            continue
        why = failure_text(res, oc.stdout, f"its own earlier run")
        if why is None and oc.stdout is None:
            oc.stdout = res.stdout
        if why is not None:
            oc.failure = why
    ref = reference_of(engines, outcomes)
    if ref is None:
        return
    expected = outcomes[ref].stdout
    for e in engines:
        oc = outcomes[e.name]
        if e.available and oc.failure is None and oc.stdout is not None \
                and oc.stdout != expected:
            oc.failure = (f"output differs from {ref}: "
                          f"{first_difference(oc.stdout, expected)}")


def bench_program(prog, args, engines, runs, timeout, log):
    path = os.path.join(PROGRAM_DIR, prog + ".py")
    outcomes = {e.name: Outcome() for e in engines}
    live = [e for e in engines if e.available]
    for rnd in range(runs + 1):
        shift = rnd % len(live) if live else 0
        order = live[shift:] + live[:shift]
        results = {}
        for eng in order:
            if outcomes[eng.name].failure is not None:
                continue
            res = run_once(eng.command(path, args), timeout)
            results[eng.name] = res
            label = "warm-up" if rnd == 0 else f"run {rnd}/{runs}"
            log(f"  {prog:<14} {eng.name:<8} {label:<9} {res.seconds:8.3f}s "
                f"{res.rss_kib / 1024.0:8.1f} MiB"
                + ("" if res.exit_code == 0 else f"  exit {res.exit_code}"))
            if rnd > 0:
                outcomes[eng.name].times.append(res.seconds)
                outcomes[eng.name].rss.append(res.rss_kib)
        check_outputs(engines, outcomes, results)
    return outcomes


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def render_table(rows, engines):
    names = [e.name for e in engines]
    header = ["program", "args"]
    for n in names:
        header += [f"{n} median s", f"{n} min–max s", f"{n} peak RSS MiB"]
    header += ["kiln/python3", "pypy3/python3", "status"]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---"] * 2 + ["---:"] * (3 * len(names) + 2) + ["---"]) + "|"]
    # Geometric means of the medians are taken over the programs every
    # available engine completed, so the per-engine numbers are comparable;
    # each ratio's mean covers the programs both of its engines completed.
    avail = [e.name for e in engines if e.available]
    common = [prog for prog, _, outcomes in rows
              if all(outcomes[n].failure is None for n in avail)]
    medians = {n: [] for n in names}
    ratios = {"kiln": [], "pypy3": []}
    eng_by_name = {e.name: e for e in engines}
    for prog, args, outcomes in rows:
        cells = [prog, " ".join(args) if args else "(default)"]
        problems = []
        med = {}
        for n in names:
            eng = eng_by_name[n]
            oc = outcomes[n]
            if not eng.available:
                cells += ["missing", "—", "—"]
            elif oc.failure is not None:
                cells += ["FAILED", "—", "—"]
                problems.append(f"{n}: {oc.failure}")
            else:
                m = statistics.median(oc.times)
                med[n] = m
                if prog in common:
                    medians[n].append(m)
                cells += [fmt(m), f"{min(oc.times):.3f}–{max(oc.times):.3f}",
                          fmt(max(oc.rss) / 1024.0, 1)]
        for n in ("kiln", "pypy3"):
            if n in med and "python3" in med:
                r = med[n] / med["python3"]
                ratios[n].append(r)
                cells.append(f"{r:.2f}")
            elif n in names and n in outcomes and outcomes[n].failure is not None:
                cells.append("FAILED")
            else:
                cells.append("—")
        cells.append("FAILED — " + "; ".join(problems) if problems else "ok")
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    cells = ["**geometric mean**", ""]
    for n in names:
        g = geomean(medians[n])
        cells += [fmt(g) + (f" (n={len(medians[n])})" if g is not None else ""), "", ""]
    for n in ("kiln", "pypy3"):
        g = geomean(ratios[n])
        cells.append(f"{g:.2f} (n={len(ratios[n])})" if g is not None else "—")
    cells.append("")
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def parse_sizes(specs, programs):
    sizes = {}
    for spec in specs or []:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            if "=" in part:
                prog, val = part.split("=", 1)
                if prog not in PROGRAMS:
                    sys.exit(f"compare.py: unknown program in --size-arg: {prog}")
                sizes[prog] = val.split()
            else:
                for prog in programs:
                    sizes[prog] = part.split()
    return sizes


def run_check(programs, engines, sizes, timeout):
    kiln = [e for e in engines if e.name == "kiln"]
    status = 0
    if not kiln or not kiln[0].available:
        why = kiln[0].missing_reason if kiln else "kiln excluded by --engines"
        print(f"MISSING kiln: {why}")
        status = 1
    live = [e for e in engines if e.available]
    for prog in programs:
        args = sizes.get(prog, [SMALL_SIZES[prog]])
        path = os.path.join(PROGRAM_DIR, prog + ".py")
        outcomes = {e.name: Outcome() for e in engines}
        results = {}
        for eng in live:
            results[eng.name] = run_once(eng.command(path, args), timeout)
        check_outputs(engines, outcomes, results)
        bad = [f"{n}: {outcomes[n].failure}" for n in results
               if outcomes[n].failure is not None]
        timing = ", ".join(f"{n} {r.seconds:.2f}s" for n, r in results.items())
        if bad:
            status = 1
            print(f"FAIL {prog} {' '.join(args)}  ({timing})")
            for b in bad:
                print(f"     {b}")
        else:
            print(f"ok   {prog} {' '.join(args)}  ({timing})")
    print("check:", "passed" if status == 0 else "FAILED")
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kiln", default=os.path.join(REPO_DIR, "target", "release", "kiln"),
                    help="path to the kiln binary (default: target/release/kiln)")
    ap.add_argument("--runs", type=int, default=3, help="counted runs per engine (default 3)")
    ap.add_argument("--programs", default=",".join(PROGRAMS),
                    help="comma-separated subset of: " + ",".join(PROGRAMS))
    ap.add_argument("--size-arg", action="append", metavar="SPEC",
                    help='argument for the programs: "N" (all) or "prog=N"; repeatable')
    ap.add_argument("--engines", default=",".join(ENGINE_ORDER),
                    help="comma-separated subset of: " + ",".join(ENGINE_ORDER))
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds before a single run is killed (default 600)")
    ap.add_argument("--json", metavar="FILE", help="also write raw measurements as JSON")
    ap.add_argument("--check", action="store_true",
                    help="small-size output comparison only; exit 1 on mismatch or missing kiln")
    opts = ap.parse_args()

    programs = [p.strip() for p in opts.programs.split(",") if p.strip()]
    for p in programs:
        if p not in PROGRAMS:
            ap.error(f"unknown program {p!r}; choose from {', '.join(PROGRAMS)}")
    wanted = [e.strip() for e in opts.engines.split(",") if e.strip()]
    for e in wanted:
        if e not in ENGINE_ORDER:
            ap.error(f"unknown engine {e!r}; choose from {', '.join(ENGINE_ORDER)}")
    if opts.runs < 1:
        ap.error("--runs must be at least 1")
    sizes = parse_sizes(opts.size_arg, programs)
    engines = make_engines(os.path.abspath(opts.kiln), wanted)

    for e in engines:
        print(f"# {e.name}: " + (e.describe if e.available else f"missing ({e.missing_reason})"),
              file=sys.stderr)
    load = os.getloadavg()[0]
    if not opts.check and load > 0.5 * (os.cpu_count() or 1):
        print(f"# warning: 1-minute load average is {load:.2f} on {os.cpu_count()} CPUs; "
              "timings will be noisy", file=sys.stderr)

    if opts.check:
        sys.exit(run_check(programs, engines, sizes, opts.timeout))

    if not any(e.available for e in engines):
        sys.exit("compare.py: no engine available")

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    rows = []
    for prog in programs:
        args = sizes.get(prog, [])
        rows.append((prog, args, bench_program(prog, args, engines, opts.runs,
                                               opts.timeout, log)))

    print()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}, "
          f"load average at start {load:.2f}; 1 warm-up + {opts.runs} counted runs, "
          "interleaved, engine order rotated per round.")
    print()
    for e in engines:
        print(f"- {e.name}: " + (e.describe if e.available else f"missing ({e.missing_reason})"))
    print()
    print(render_table(rows, engines))

    if opts.json:
        data = {
            "runs": opts.runs,
            "engines": {e.name: (e.describe if e.available else None) for e in engines},
            "programs": {
                prog: {
                    "args": args,
                    "engines": {n: {"times": oc.times, "rss_kib": oc.rss, "failure": oc.failure}
                                for n, oc in outcomes.items()},
                } for prog, args, outcomes in rows
            },
        }
        with open(opts.json, "w") as f:
            json.dump(data, f, indent=2)

    failed = any(oc.failure is not None for _, _, outcomes in rows for oc in outcomes.values())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
