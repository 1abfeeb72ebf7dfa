#!/usr/bin/env python3
"""Refresh the expected output of Kiln's program corpus from CPython 3.11.

Usage:  python3 tests/bless.py [FILTER ...]

Every tests/programs/**/*.py (or only those matching a FILTER: a path to a file or a
directory, or a substring of the path relative to tests/programs) is run as
`python3 <file name>` with the file's directory as the working directory, and its
expectations are written beside it:

  <name>.expected  exact stdout
  <name>.stderr    only when the exit status is non-zero, two lines:
                     exit: <status>
                     <last line of stderr>          (compared exactly)
                   or
                     prefix: <text>                 (last line must start with <text>)

Directives in the first lines of a program override what CPython says:

  # kiln: stderr-prefix: SyntaxError
      compare only the start of the last stderr line (Kiln words syntax errors
      differently from CPython); CPython must still fail with a last line that
      starts with the prefix.
  # kiln: expect-error: NotImplementedError
      a construct Kiln deliberately does not support: CPython would run it, Kiln must
      exit 1 with a last stderr line starting with the given text and print nothing.

Each program is run twice under different PYTHONHASHSEED values; a program whose output
differs between the runs is reported as a problem and its files are left alone. A
program slower than 0.2 s is reported as a warning. The exit status is 1 when there was
a problem.
The script prints every file it creates, changes or removes, so running it twice in a
row prints no changes the second time.
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "programs")
DIRECTIVE_LINES = 5
SLOW_SECONDS = 0.2
TIMEOUT_SECONDS = 20


def find_programs():
    found = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def matches(path, filters):
    if not filters:
        return True
    rel = os.path.relpath(path, ROOT)
    for f in filters:
        if os.path.exists(f):
            target = os.path.abspath(f)
            if path == target or path.startswith(target.rstrip(os.sep) + os.sep):
                return True
        elif f in rel:
            return True
    return False


def read_directives(path):
    directives = {}
    with open(path, encoding="utf-8") as fh:
        for _ in range(DIRECTIVE_LINES):
            line = fh.readline()
            if not line:
                break
            line = line.strip()
            prefix = "# kiln:"
            if not line.startswith(prefix):
                continue
            key, sep, value = line[len(prefix):].partition(":")
            if not sep:
                raise SystemExit(f"{path}: malformed directive {line!r}")
            key = key.strip()
            if key not in ("stderr-prefix", "expect-error"):
                raise SystemExit(f"{path}: unknown directive {key!r}")
            directives[key] = value.strip()
    return directives


def run_cpython(path, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        env=env,
    )
    return proc, time.monotonic() - start


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].rstrip() if lines else ""


def expectations(path, directives, problems, warnings):
    """Return (stdout bytes, stderr-file text or None), or None when the program is bad."""
    rel = os.path.relpath(path, ROOT)
    if "expect-error" in directives:
        proc, _ = run_cpython(path, 1)
        if proc.returncode != 0:
            problems.append(f"{rel}: marked expect-error but CPython fails: "
                            f"{last_line(proc.stderr)}")
        return b"", f"exit: 1\nprefix: {directives['expect-error']}\n"

    first, elapsed = run_cpython(path, 1)
    second, _ = run_cpython(path, 2)
    if (first.stdout, first.returncode, last_line(first.stderr)) != (
            second.stdout, second.returncode, last_line(second.stderr)):
        problems.append(f"{rel}: nondeterministic output under different hash seeds")
        return None
    if elapsed > SLOW_SECONDS:
        warnings.append(f"{rel}: slow under CPython ({elapsed:.2f} s)")

    stderr_text = None
    if first.returncode != 0:
        tail = last_line(first.stderr)
        if "stderr-prefix" in directives:
            prefix = directives["stderr-prefix"]
            if not tail.startswith(prefix):
                problems.append(f"{rel}: stderr-prefix {prefix!r} does not match "
                                f"CPython's {tail!r}")
            stderr_text = f"exit: {first.returncode}\nprefix: {prefix}\n"
        else:
            stderr_text = f"exit: {first.returncode}\n{tail}\n"
    elif "stderr-prefix" in directives:
        problems.append(f"{rel}: has stderr-prefix but CPython exits 0")
    return first.stdout, stderr_text


def write_if_changed(path, data, changes):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as fh:
            old = fh.read()
    if old == data:
        return
    with open(path, "wb") as fh:
        fh.write(data)
    changes.append(("created" if old is None else "updated", path))


def remove_if_present(path, changes):
    if os.path.exists(path):
        os.remove(path)
        changes.append(("removed", path))


def main(argv):
    filters = argv[1:]
    programs = [p for p in find_programs() if matches(p, filters)]
    if not programs:
        print("no programs match", " ".join(filters))
        return 1
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expectations come from CPython 3.11, this is {sys.version.split()[0]}")
    changes = []
    problems = []
    warnings = []
    for path in programs:
        base = path[:-3]
        outcome = expectations(path, read_directives(path), problems, warnings)
        if outcome is None:
            continue
        stdout, stderr_text = outcome
        write_if_changed(base + ".expected", stdout, changes)
        if stderr_text is None:
            remove_if_present(base + ".stderr", changes)
        else:
            write_if_changed(base + ".stderr", stderr_text.encode("utf-8"), changes)

    if not filters:
        # Expectations whose program is gone.
        wanted = {p[:-3] for p in programs}
        for dirpath, _, filenames in os.walk(ROOT):
            for name in sorted(filenames):
                stem, ext = os.path.splitext(name)
                if ext in (".expected", ".stderr"):
                    if os.path.join(dirpath, stem) not in wanted:
                        remove_if_present(os.path.join(dirpath, name), changes)

    for kind, path in changes:
        print(f"{kind:8} {os.path.relpath(path, ROOT)}")
    for warning in warnings:
        print(f"WARNING  {warning}")
    for problem in problems:
        print(f"PROBLEM  {problem}")
    print(f"{len(programs)} programs, {len(changes)} files changed, "
          f"{len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
