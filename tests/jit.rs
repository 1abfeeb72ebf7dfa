//! `kiln run --jit on`: regions compiled by Cranelift, end to end. Every test checks that
//! the program prints what the interpreter alone prints, then what the JIT reports.

#[path = "common/kiln_command.rs"]
mod kiln_command;

use kiln_command::kiln_command;
use std::process::Output;

fn kiln(args: &[&str], code: &str) -> Output {
    kiln_command().arg("run").args(args).arg("-c").arg(code).output().expect("running kiln")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `code` in the interpreter and with `--jit on --stats` plus `args`; asserts equal
/// stdout, exit status and last stderr line; returns the JIT run's stderr.
fn same_as_interp(args: &[&str], code: &str) -> String {
    let plain = kiln(&["--jit", "off"], code);
    let mut all = vec!["--jit", "on", "--stats"];
    all.extend_from_slice(args);
    let jit = kiln(&all, code);
    assert_eq!(text(&jit.stdout), text(&plain.stdout), "stdout differs; stderr:\n{}", text(&jit.stderr));
    assert_eq!(jit.status.code(), plain.status.code(), "{}", text(&jit.stderr));
    let last = |o: &Output| {
        let e = text(&o.stderr);
        e.lines().rfind(|l| l.contains("Error")).unwrap_or("").to_string()
    };
    assert_eq!(last(&jit), last(&plain), "{}", text(&jit.stderr));
    text(&jit.stderr)
}

fn counter(stderr: &str, name: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix(name).and_then(|r| r.trim_start_matches(':').split_whitespace().next()))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no counter '{name}' in:\n{stderr}"))
}

/// Runs `code` as [`same_as_interp`] does with `--log`, without storms, once with guards
/// failing at random (`chaos=3`) and once without; the stderr of the run without.
fn logged_with_and_without_chaos(code: &str) -> String {
    let args = |chaos: &'static str| ["--jit-param", chaos, "--jit-param", "storm_window=0", "--log"];
    same_as_interp(&args("chaos=3"), code);
    same_as_interp(&args("chaos=0"), code)
}

/// The number of bridges grafted, from the `bridges:` line.
fn grafted(stderr: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("bridges:"))
        .and_then(|r| r.split(", ").nth(1))
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{stderr}"))
}

/// Runs `code` as [`same_as_interp`] does with loop and frame regions, in the IR
/// executor, with random guard failures and with every threshold at 1.
fn agrees_in_every_mode(code: &str) {
    for shape in ["loop", "frame"] {
        same_as_interp(&["--regions", shape], code);
    }
    same_as_interp(&["--jit", "ir"], code);
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(
        &["--jit-param", "hot_loop=1", "--jit-param", "hot_func=1", "--jit-param", "hot_exit=1"],
        code,
    );
}

/// The number of regions compiled, from the `compile time:` line.
fn compiled(stderr: &str) -> u64 {
    let line = stderr.lines().find(|l| l.starts_with("compile time:")).unwrap_or_else(|| panic!("{stderr}"));
    let n = line.split(", ").nth(1).and_then(|r| r.split(' ').next()).unwrap_or_else(|| panic!("{line}"));
    n.parse().unwrap()
}

const LOOP: &str = "def f(n):\n    t = 0\n    x = 0.5\n    for i in range(n):\n        t += i * 2 % 7\n        x = x * 0.5 + 1.0\n        if x > 3.0:\n            x = -x\n    return t, x\nprint(f(30000))\n";

#[test]
fn hot_loops_run_as_machine_code_and_report_compile_time() {
    let err = same_as_interp(&[], LOOP);
    assert_eq!(compiled(&err), 1, "{err}");
    assert!(err.contains("jit target:") && err.contains("compiled trace f:1"), "{err}");
    let iterations: u64 = err
        .lines()
        .find(|l| l.starts_with("region trace f:1"))
        .and_then(|l| l.split("iterations ").nth(1))
        .and_then(|r| r.split(',').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(iterations > 29000, "the compiled loop ran {iterations} iterations:\n{err}");
}

#[test]
fn every_region_shape_compiles() {
    for shape in ["loop", "trace", "frame"] {
        let err = same_as_interp(&["--regions", shape, "--jit-param", "hot_func=3"], LOOP);
        assert!(compiled(&err) >= 1, "{shape}: {err}");
    }
}

#[test]
fn log_shows_cranelift_ir_and_machine_code() {
    let o = kiln(&["--log"], LOOP);
    let err = text(&o.stderr);
    assert!(err.contains("[kiln jit] cranelift IR of trace f:1"), "{err}");
    assert!(err.contains("sadd_overflow") || err.contains("smul_overflow"), "{err}");
    assert!(err.contains("[kiln jit] machine code of trace f:1"), "{err}");
    assert!(err.contains("ret"), "{err}");
}

#[test]
fn perf_map_names_compiled_regions_after_their_python_functions() {
    let dir = std::env::temp_dir().join(format!("kiln-perfmap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, "def step(x):\n    return x * 3 % 1001\ndef main():\n    t = 1\n    for i in range(20000):\n        t = step(t + i)\n    print(t)\nmain()\n").unwrap();
    let child = kiln_command()
        .args(["run", "--perf-map", "--stats"])
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let map_path = format!("/tmp/perf-{pid}.map");
    let map = std::fs::read_to_string(&map_path).unwrap_or_else(|e| panic!("{map_path}: {e}"));
    let _ = std::fs::remove_file(&map_path);
    let mut ranges = Vec::new();
    for line in map.lines() {
        let mut parts = line.splitn(3, ' ');
        let start = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
        let size = u64::from_str_radix(parts.next().unwrap(), 16).unwrap();
        let name = parts.next().unwrap();
        assert!(start > 0 && size > 0, "{line}");
        assert!(name.starts_with("kiln:"), "{line}");
        ranges.push((start, size, name.to_string()));
    }
    assert_eq!(ranges.len() as u64, compiled(&text(&out.stderr)), "{map}");
    let main = ranges.iter().find(|r| r.2.contains("prog.py:main")).unwrap_or_else(|| panic!("{map}"));
    assert!(main.2.starts_with("kiln:trace") && main.2.contains("(inlined: prog.py:step)"), "{map}");
    ranges.sort();
    for w in ranges.windows(2) {
        assert!(w[0].0 + w[0].1 <= w[1].0, "overlapping ranges: {map}");
    }
}

#[test]
fn random_guard_failures_deoptimize_without_changing_output() {
    let hot = ["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1", "--jit-param", "storm_window=0"];
    let mut args = hot.to_vec();
    args.extend(["--jit-param", "chaos=2"]);
    let err = same_as_interp(&args, LOOP);
    let deopts = counter(&err, "deopts");
    assert!(deopts > 1000, "{deopts} deopts with chaos=2:\n{err}");
}

#[test]
fn failed_guards_and_storms_fall_back_to_the_interpreter() {
    let code = "x = 0\nfor i in range(5000):\n    if i == 100:\n        x = 0.5\n    x = x + 1\nprint(x)\n\
                y = 1\nfor i in range(300):\n    y = y * 3\nprint(y % 1000003)\n";
    // (Without bridges: a bridge for the float path would be grafted onto the loop.)
    let err = same_as_interp(&["--jit-param", "hot_exit=1000000"], code);
    assert!(counter(&err, "regions dropped") >= 1, "{err}");
    let err = same_as_interp(&[], code);
    assert_eq!(counter(&err, "regions dropped"), 0, "{err}");
}

#[test]
fn changing_a_class_invalidates_compiled_regions() {
    // The loop inlines C.f; rebinding it bumps the type version, so the region is
    // invalidated at its next entry and recorded again with the new method.
    let code = "class C:\n    def f(self, x):\n        return x + 1\ndef g(self, x):\n    return x * 2\n\
                def run(o, n):\n    t = 0\n    for i in range(n):\n        t = (t + o.f(i)) % 1000003\n    return t\n\
                o = C()\nprint(run(o, 3000))\nC.f = g\nprint(run(o, 3000))\nprint(run(o, 3000))\n";
    let err = same_as_interp(&[], code);
    assert!(counter(&err, "regions invalidated") >= 1, "{err}");
}

#[test]
fn bridges_are_compiled_and_join_the_loop() {
    let code = "class A:\n    def f(self, x):\n        return x + 1\nclass B:\n    def f(self, x):\n        return x * 2\n\
                objs = [A(), A(), A(), B()]\nt = 0\nfor i in range(4000):\n    o = objs[i % 4]\n    t = (t + o.f(i)) % 1000003\nprint(t)\n";
    // Linked: the bridge is called from the loop's exit and joins the loop again.
    let err = same_as_interp(&["--jit-param", "max_trace_ops=60"], code);
    assert!(err.contains("compiled trace <module>") && err.contains(".bridge"), "{err}");
    let line = err.lines().find(|l| l.starts_with("bridges:")).unwrap_or_else(|| panic!("{err}"));
    let joins: u64 =
        line.split("joined the loop ").nth(1).and_then(|r| r.split(' ').next()).unwrap().parse().unwrap();
    assert!(joins > 500, "{err}");
    // Grafted (by default): the loop is compiled again with the bridge inside it.
    let err = same_as_interp(&[], code);
    assert!(err.contains("compiled trace <module>:1 pc") && err.contains(".graft"), "{err}");
    assert_eq!(counter(&err, "regions dropped"), 0, "{err}");
}

#[test]
fn exceptions_raised_in_compiled_code_unwind_like_the_interpreter() {
    let code = "def f(n):\n    t = 0\n    for i in range(n):\n        t += 100 // (500 - i)\n    return t\n\
                try:\n    f(1000)\nexcept ZeroDivisionError as e:\n    print('caught', e)\n\
                def g(xs):\n    s = 0\n    for x in xs:\n        s += x.real\n    return s\nprint(g([1, 2, 3] * 100))\nf(1000)\n";
    let err = same_as_interp(&["--jit-param", "hot_loop=3"], code);
    assert!(err.contains("line 4, in f"), "{err}");
}

#[test]
fn big_ints_and_float_corner_cases_leave_compiled_code_correctly() {
    let code = "def f(n):\n    a = 1\n    x = 1.0\n    q = 0\n    for i in range(n):\n        a = a * 7 + i\n        x = x * -1.5\n        q += (i - 50) // 7 + (i - 50) % 7 + (-i >> 2)\n    return a % 1000000007, x, q\n\
                print(f(200))\nprint(float('nan') != float('nan'), 0.1 + 0.2)\n\
                def g(n):\n    t = 0.0\n    for i in range(n):\n        t += (i % 5) / (i % 3 + 1)\n    return t\nprint(g(1000))\n";
    let err = same_as_interp(&["--jit-param", "hot_loop=2"], code);
    assert!(compiled(&err) >= 1, "{err}");
}

#[test]
fn regions_compiled_for_another_target_are_logged_and_run_in_the_executor() {
    let (target, mnemonic) = if cfg!(target_arch = "x86_64") {
        ("aarch64-unknown-linux-gnu", "ldr")
    } else {
        ("x86_64-unknown-linux-gnu", "mov")
    };
    let err = same_as_interp(&["--target", target, "--log"], LOOP);
    assert!(err.contains("cross-compiled: regions run in the IR executor"), "{err}");
    let code_at = err.find("[kiln jit] machine code of").unwrap_or_else(|| panic!("{err}"));
    assert!(err[code_at..].contains(mnemonic), "{err}");
}

#[test]
fn bridges_from_inner_loop_ends_run_the_outer_loop_and_join_the_next_inner_loop() {
    // Two inner loops in an outer loop: the bridge from the first inner loop's end reaches
    // the second inner loop's header (another region) and the bridge from the second's
    // end runs the outer loop's back-edge and comes back to the first.
    let code = "def f(n):\n    xs = [1.0, 2.0, 3.0]\n    t = 0.0\n    for k in range(n):\n        for i in range(3):\n            xs[i] = xs[i] * 0.5 + k\n        for x in xs:\n            t += x\n    return t\n\
                print(f(3000))\nprint(f(5))\n";
    for engine in ["on", "ir"] {
        let plain = kiln(&["--jit", "off"], code);
        let o = kiln(&["--jit", engine, "--stats"], code);
        let err = text(&o.stderr);
        assert_eq!(text(&o.stdout), text(&plain.stdout), "{engine}: {err}");
        let line = err.lines().find(|l| l.starts_with("bridges:")).unwrap_or_else(|| panic!("{err}"));
        let joins: u64 =
            line.split("joined the loop ").nth(1).and_then(|r| r.split(' ').next()).unwrap().parse().unwrap();
        // (Counted as compiled: `f(5)` starts with the loop variables unbound, which the
        // regions were recorded with bound, so they are recorded again, bridges and all.)
        let bridges = err.lines().filter(|l| l.starts_with("  compiled bridge")).count();
        let enough = if engine == "ir" { counter(&err, "bridges") >= 2 } else { bridges >= 2 };
        assert!(enough && joins > 5000, "{engine}: {err}");
    }
}

#[test]
fn a_loop_left_by_return_runs_through_a_bridge_and_is_not_a_storm() {
    // A search loop entered many times that usually ends early through `return`: the
    // exit gets a bridge that ends at the `return` (linked in native code), so the
    // region is kept however few iterations an entry runs.
    let code = "def find(xs, k):\n    i = 0\n    while i < len(xs):\n        if xs[i] >= k:\n            return i\n        i += 1\n    return -1\n\
                xs = list(range(0, 60, 3))\nt = 0\nfor r in range(3000):\n    t += find(xs, r % 70)\nprint(t)\n";
    let plain = kiln(&["--jit", "off"], code);
    for engine in ["on", "ir"] {
        let o = kiln(&["--jit", engine, "--stats", "--regions", "loop"], code);
        let err = text(&o.stderr);
        assert_eq!(text(&o.stdout), text(&plain.stdout), "{engine}: {err}");
        assert_eq!(counter(&err, "regions dropped"), 0, "{engine}: {err}");
        assert!(counter(&err, "bridges") >= 1, "{engine}: {err}");
        assert!(engine == "ir" || err.contains("(return).bridge"), "{engine}: {err}");
        let line =
            err.lines().find(|l| l.starts_with("region loop find:1")).unwrap_or_else(|| panic!("{err}"));
        let entered: u64 =
            line.split("entered ").nth(1).and_then(|r| r.split(',').next()).unwrap().parse().unwrap();
        assert!(entered > 2000, "{engine}: {err}");
    }
}

#[test]
fn a_trace_calls_a_function_that_holds_a_loop_instead_of_aborting() {
    // The outer loop's trace meets the loop inside `inner` (an inlined callee): the
    // recording aborts once, names `inner`, and the next recording calls it instead; the
    // outer loop and `inner`'s loop each get a region.
    let code = "def inner(n):\n    t = 0\n    for j in range(n):\n        t += j\n    return t\n\
                def outer(m):\n    s = 0\n    for i in range(m):\n        s += inner(i % 7) + 1\n    return s\n\
                print(outer(5000))\n";
    let err = same_as_interp(&[], code);
    assert!(err.contains("compiled trace outer:6") && err.contains("compiled trace inner:1"), "{err}");
    let line = err.lines().find(|l| l.starts_with("region trace outer:6")).unwrap_or_else(|| panic!("{err}"));
    let iterations: u64 =
        line.split("iterations ").nth(1).and_then(|r| r.split(',').next()).unwrap().parse().unwrap();
    assert!(iterations > 4000, "{err}");
    assert_eq!(counter(&err, "loops blacklisted"), 0, "{err}");
}

#[test]
fn builtin_methods_and_identity_tests_compile_without_generic_calls() {
    let code = "def f(words):\n    out = []\n    seen = {}\n    for w in words:\n        k = seen.get(w)\n        if k is None:\n            seen[w] = len(out)\n            out.append(w.upper())\n        elif k is not None:\n            out.append(k)\n    return out\n\
                ws = ['a', 'b', 'a', 'c', 'b'] * 400\nr = f(ws)\nprint(len(r), r[:8], r[-3:])\n";
    let err = same_as_interp(&["--log"], code);
    let optimized = err.split("[kiln regions] optimized:").nth(1).unwrap_or_else(|| panic!("{err}"));
    assert!(optimized.contains("list_append") && optimized.contains("same "), "{optimized}");
    assert!(optimized.contains("guard_type") && optimized.contains("\"dict\""), "{optimized}");
}

#[test]
fn class_calls_run_init_inline_and_deoptimize_into_init_frames() {
    // `P(i)` in a hot loop: the instance is made in compiled code and `__init__` runs
    // inline, adding attributes through cached shape transitions. With chaos, guards fail
    // inside the inlined `__init__`: the interpreter resumes an `Init` frame, which must
    // still return the instance. A later `__init__` that returns a value raises as in the
    // interpreter.
    let code = "class P:\n    def __init__(self, t):\n        self.x = t * 0.5\n        self.y = t + 1\n        if t % 3 == 0:\n            self.z = -t\n\
                def build(n):\n    out = []\n    for i in range(n):\n        p = P(i)\n        out.append(p.x + p.y + getattr(p, 'z', 0))\n    return sum(out), len(out)\n\
                print(build(3000))\nclass Q:\n    def __init__(self, a):\n        self.a = a\n        if a > 2500:\n            return 5\n\
                def make(n):\n    t = 0\n    for i in range(n):\n        t += Q(i).a\n    return t\n\
                try:\n    make(3000)\nexcept TypeError as e:\n    print('TypeError', e)\n";
    for chaos in ["0", "3"] {
        let err = same_as_interp(
            &["--jit-param", &format!("chaos={chaos}"), "--jit-param", "storm_window=0", "--log"],
            code,
        );
        let optimized = err.split("[kiln regions] optimized:").nth(1).unwrap_or_else(|| panic!("{err}"));
        assert!(optimized.contains("new_instance") && optimized.contains("add_slot"), "{optimized}");
        if chaos != "0" {
            assert!(counter(&err, "deopts") > 100, "{err}");
        }
    }
}

#[test]
fn operators_on_instances_run_their_methods_inline() {
    // `a + b` and `a * k` on instances: the methods are recorded inline behind class and
    // type guards; with chaos, deopts inside them resume an ordinary call frame whose
    // result the operator's caller receives. An `__iadd__` goes first for `+=` (called,
    // not inlined: its `NotImplemented` would fall back to `__add__`), and a method that
    // names NotImplemented is not inlined (the interpreter's fallback to the reflected
    // method stays right).
    let code = r#"class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __iadd__(self, o):
        self.x += o.x
        return self
class W:
    def __add__(self, o):
        if isinstance(o, W):
            return 7
        return NotImplemented
def run(n):
    acc = V(0.0, 0)
    tot = V(0, 0)
    w = 0
    for i in range(n):
        acc = acc + V(i, 1) * 0.5
        tot += V(i, i)
        w += W() + W()
    return acc.x, acc.y, tot.x, tot.y, w
print(run(3000))
"#;
    for chaos in ["0", "3"] {
        let err = same_as_interp(
            &["--jit-param", &format!("chaos={chaos}"), "--jit-param", "storm_window=0", "--stats"],
            code,
        );
        let line =
            err.lines().find(|l| l.starts_with("region trace run:")).unwrap_or_else(|| panic!("{err}"));
        let inlined: u64 =
            line.split("calls inlined ").nth(1).and_then(|r| r.split(';').next()).unwrap().parse().unwrap();
        assert!(inlined >= 4, "{err}");
    }
}

#[test]
fn math_functions_module_attributes_and_list_iteration_compile_and_leave_correctly() {
    // `math.sqrt`/`sin`/`fabs` on floats are computed in compiled code; a negative
    // argument leaves for the interpreter's ValueError; rebinding `math.sqrt` inside the
    // loop is seen at once; `for x in xs` over a list that grows while iterating ends
    // where the interpreter's does.
    let code = r#"import math
def f(xs):
    t = 0.0
    for x in xs:
        t += math.sqrt(x) + math.sin(x) + math.fabs(-x)
    return t
xs = [float(i) for i in range(2000)]
print(round(f(xs), 6))
def g(n):
    t = 0.0
    for i in range(n):
        if i == 1500:
            math.sqrt = lambda v: -1.0
        t += math.sqrt(float(i))
    return t
real = math.sqrt
print(round(g(3000), 6))
math.sqrt = real
try:
    f(xs + [-1.0])
except ValueError as e:
    print('ValueError', e)
ys = [1, 2, 3]
n = 0
for y in ys:
    n += y
    if len(ys) < 2000:
        ys.append(y + 1)
print(n, len(ys))
"#;
    let err = logged_with_and_without_chaos(code);
    assert!(err.contains("math v") && err.contains("\"sqrt\""), "{err}");
    assert!(err.contains("seq_next") && err.contains("module_attr"), "{err}");
}

#[test]
fn an_outer_loop_trace_ends_at_a_compiled_inner_loop_and_continues_into_it() {
    // The inner `while` gets hot first. Without bridges (hot_exit is out of reach), the
    // outer loop then gets hot in the interpreter, and its trace ends at the inner loop's
    // header (an entry trace `pc A -> B`) and continues into it.
    let code = r#"def f(n):
    t = 0
    i = 0
    while i < n:
        j = 0
        while j < i % 5 + 2:
            t += i * j
            j += 1
        t %= 1000003
        i += 1
    return t
print(f(20000), f(7))
"#;
    for chaos in ["0", "3"] {
        let err = same_as_interp(
            &[
                "--jit-param",
                &format!("chaos={chaos}"),
                "--jit-param",
                "storm_window=0",
                "--jit-param",
                "hot_exit=1000000000",
            ],
            code,
        );
        if chaos == "0" {
            // (The region's name has the arrow, not its "IR ops a -> b".)
            let line = err.lines().find(|l| {
                l.starts_with("region trace f:1 pc ")
                    && l.split(": IR ops").next().is_some_and(|n| n.contains(" -> "))
            });
            let line = line.unwrap_or_else(|| panic!("no entry trace:\n{err}"));
            let entered: u64 =
                line.split("entered ").nth(1).and_then(|r| r.split(',').next()).unwrap().parse().unwrap();
            assert!(entered > 1000, "{err}");
        }
    }
}

#[test]
fn len_of_lists_and_tuples_compiles_and_a_rebound_len_is_seen() {
    let code = r#"def f(xs, n):
    t = 0
    for i in range(n):
        t += len(xs) + len((1, 2)) + i % 3
        if i == n - 5:
            xs.append(i)
    return t
print(f([1, 2, 3], 100000))
len = lambda x: 7
print(f([1, 2, 3], 1000))
"#;
    let err = same_as_interp(&["--log"], code);
    let optimized = err.split("[kiln regions] optimized:").nth(1).unwrap_or_else(|| panic!("{err}"));
    assert!(optimized.contains("list_len"), "{optimized}");
}

#[test]
fn dict_and_set_displays_and_comprehensions_compile_and_raise_like_the_interpreter() {
    let code = r#"def f(n):
    t = 0
    for i in range(n):
        d = {"a": i, "b": i * 2}
        s = {i % 5, i % 7}
        t += d["a"] + d["b"] + len(s)
    return t
print(f(20000))
def h(n):
    sq = {k: k * k for k in range(n)}
    st = {k % 3 for k in range(n)}
    return len(sq) + len(st) + sq[n - 1]
print(h(5000))
class K:
    def __hash__(self):
        raise TypeError("no hash here")
def g(n):
    out = 0
    for i in range(n):
        try:
            d = {i: 1, (K() if i == 1500 else i + 1): 2}
        except TypeError as e:
            out += 1000
        out += 1
    return out
print(g(3000))
"#;
    let err = logged_with_and_without_chaos(code);
    assert!(err.contains("new_dict") && err.contains("set_add"), "{err}");
}

#[test]
fn comprehensions_made_inside_hot_loops_compile() {
    // `[... for ...]` in a loop body makes a function each iteration (`MakeFunction`,
    // with a closure when it reads the loop's variables): the loop's trace makes it too,
    // and calls it.
    let code = r#"def f(n):
    t = 0
    for i in range(n):
        xs = [j * i for j in range(i % 5)]
        t += sum(xs) + len([c for c in "ab" if c > "a"])
    return t
print(f(20000))
"#;
    let err = logged_with_and_without_chaos(code);
    assert!(err.contains("make_function") && err.contains("make_closure"), "{err}");
}

#[test]
fn keyword_calls_and_list_displays_compile_and_raise_like_the_interpreter() {
    let code = r#"def area(w, h=1, *, scale=1.0):
    return w * h * scale
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def moved(self, dx=0, dy=0):
        return P(self.x + dx, y=self.y + dy)
def f(n):
    t = 0.0
    p = P(0, y=1)
    for i in range(n):
        t += area(i, h=2, scale=0.5) + area(w=i)
        p = p.moved(dy=1, dx=2)
        t += sorted([3, 1, 2], reverse=True)[i % 3]
    return t, p.x, p.y
print(f(5000))
def g(n):
    c = 0
    for i in range(n):
        c += area(i, h=3, **({"scale": 2} if i == 2000 else {}))
        if i == 2500:
            c += area(i, hh=3)
    return c
try:
    print(g(3000))
except TypeError as e:
    print("TypeError", e)
"#;
    let err = logged_with_and_without_chaos(code);
    assert!(err.contains("call_kw") && err.contains("list_extend"), "{err}");
}

#[test]
fn functions_called_from_traces_get_entry_traces_that_deoptimize_and_raise_correctly() {
    // `hot`'s trace calls `shade` (it holds a loop) without inlining it; `shade` has a long
    // straight prologue, so its calls stop at its entry, which gets a trace of its own
    // (callees inlined) that ends at the loop's header and continues into the loop's
    // region. Guards fail inside the inlined `scale` (ints, then floats), exceptions
    // leave the prologue and the inlined callees (caught by an interpreted caller, and
    // once uncaught, with its traceback), under random guard failures too.
    let code = include_str!("jit_programs/entry_traces.py");
    let err = same_as_interp(&[], code);
    assert!(err.contains("compiled trace shade:18 entry -> "), "{err}");
    assert!(err.contains("KeyError: 3"), "{err}");
    for args in [&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"][..], &["--jit", "ir"][..]] {
        same_as_interp(args, code);
    }
    let all1 = ["--jit-param", "hot_loop=1", "--jit-param", "hot_func=1", "--jit-param", "hot_exit=1"];
    let err = same_as_interp(&all1, code);
    assert!(err.contains("entry -> "), "{err}");
}

#[test]
fn list_iteration_runs_inline_and_sees_the_list_grow_and_shrink() {
    // `for x in xs` over a list steps the iterator in compiled code; the end, tuples,
    // mixed items and a list that grows or shrinks while it is iterated go through the
    // helper, exactly as the interpreter iterates.
    let code = include_str!("jit_programs/list_iteration.py");
    let err = same_as_interp(&[], code);
    assert!(err.contains("compiled trace walk:1"), "{err}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(&["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1"], code);
}

#[test]
fn guards_failing_inside_inlined_calls_get_bridges_that_are_linked() {
    // `total`'s trace inlines one class's `area`; branches inside the inlined methods (and
    // inside an inlined `__init__`) fail. Their exits leave with the callee frames above
    // the loop's, and get bridges of their own that start inside the callee ("pc N in
    // area"), finish its call and join the loop, linked into the native code. Classes
    // change under the loop late, guards fail at random, and collections run everywhere.
    let code = include_str!("jit_programs/deep_bridges.py");
    // (Such exits wait five times `hot_exit`: 4 here makes 20.)
    let err = same_as_interp(&["--jit-param", "hot_exit=4"], code);
    assert!(err.contains(" in area -> "), "{err}");
    assert!(err.contains(" in __init__ -> "), "{err}");
    let linked: u64 = err
        .lines()
        .find_map(|l| l.strip_prefix("bridges:"))
        .and_then(|r| r.split("; ").nth(1))
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    assert!(linked > 0, "{err}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(&["--jit", "ir"], code);
    same_as_interp(&["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1"], code);
}

#[test]
fn a_loop_that_keeps_changing_a_class_is_blacklisted_after_abort_limit_invalidations() {
    // Storing a class attribute moves the type version every iteration, so each compiled
    // version of the loop is invalid on its next entry; after `abort_limit` (3) of these
    // the loop is left to the interpreter instead of being recorded again and again.
    let code = "class Node:\n    def __init__(self, v):\n        self.v = v\n\
                class Reg:\n    n = 0\n\
                def build(n):\n    for i in range(n):\n        Node(i)\n        Reg.n = i\n    return Reg.n\n\
                print(build(3000))\n";
    let err = same_as_interp(&[], code);
    assert_eq!(counter(&err, "regions invalidated"), 3, "{err}");
    assert_eq!(counter(&err, "loops blacklisted"), 1, "{err}");
}

#[test]
fn a_local_bound_after_its_loop_was_compiled_survives_the_loop() {
    // The loop is recorded while `last` is unbound; when the interpreter binds it (the
    // branch the trace did not take), the region no longer fits the frame and is recorded
    // again, instead of writing the unbound state back over the new value.
    let code =
        "def f():\n    for k in range(500):\n        if k == 300:\n            last = k\n    return last\n\
                print(f(), f())\n";
    let err = same_as_interp(&[], code);
    assert!(counter(&err, "regions invalidated") >= 1, "{err}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
}

#[test]
fn bridges_back_to_their_loop_are_grafted_onto_it() {
    // Loops that branch on the data (three-way `if`s, a nested loop over 4-tuples, a
    // `try` in one branch, a class that changes late) leave their trace on most
    // iterations. Their bridges that come back to the loop's header are grafted onto
    // the loop, which is compiled again with them inside (`.graftN`), and the exits of
    // the grafted code get bridges of their own, grafted in turn.
    let code = include_str!("jit_programs/branchy_loops.py");
    let err = same_as_interp(&[], code);
    let grafted = grafted(&err);
    assert!(grafted >= 4, "{err}");
    assert!(err.contains("compiled trace score:7 pc 16.graft"), "{err}");
    // Nested: the inner loop's end runs the rest of the outer body and comes back.
    assert!(err.contains("compiled trace classify:32 pc 14.graft"), "{err}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(&["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1"], code);
    same_as_interp(&["--regions", "loop"], code);
    same_as_interp(&["--jit", "ir"], code);
}

/// Runs a program whose loop in `function` (at line 5) iterates through a built-in
/// iterator: its optimized region steps with each of `steps` and builds no pair and calls
/// no generic `iter_next`; then the program runs with random guard failures, every
/// threshold 1 and in the IR executor, always as the interpreter does.
fn iterates_inline(code: &str, function: &str, steps: &[&str]) {
    let err = same_as_interp(&["--log"], code);
    let head = format!("optimized:\nregion trace {function}:5 pc");
    let at = err.find(&head).unwrap_or_else(|| panic!("{err}"));
    let region = err[at..].split("[kiln").next().unwrap_or("");
    assert!(steps.iter().all(|op| region.contains(op)), "{region}");
    assert!(!region.contains("new_tuple") && !region.contains("iter_next"), "{region}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(&["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1"], code);
    same_as_interp(&["--jit", "ir"], code);
}

#[test]
fn enumerate_over_lists_steps_inline_without_building_pairs() {
    iterates_inline(include_str!("jit_programs/enumerate_loops.py"), "score", &["enum_count", "enum_next"]);
}

#[test]
fn dict_iteration_steps_inline_and_raises_when_the_dict_changes_size() {
    iterates_inline(include_str!("jit_programs/dict_iteration.py"), "tally", &["dict_next", "dict_value"]);
}

#[test]
fn zip_over_lists_steps_inline_and_leaves_the_end_to_the_interpreter() {
    iterates_inline(include_str!("jit_programs/zip_loops.py"), "dot", &["zip_item", "zip_step"]);
}

#[test]
fn a_method_site_that_outgrew_its_cache_is_still_inlined() {
    // `node.step(x)` sees six classes, more than the site's cache keeps: the recorder looks
    // each class's method up itself (guarded as a cached one), so the trace and the
    // bridges for the other classes inline `step` instead of giving up on the call.
    let code = include_str!("jit_programs/polymorphic_methods.py");
    let err = same_as_interp(&["--log"], code);
    assert_eq!(counter(&err, "recordings aborted"), 0, "{err}");
    assert!(!err.contains("get_attr"), "{err}");
    let grafted = grafted(&err);
    assert!(grafted >= 5, "{err}");
    same_as_interp(&["--jit-param", "chaos=3", "--jit-param", "storm_window=0"], code);
    same_as_interp(&["--jit", "ir"], code);
    same_as_interp(&["--jit-param", "hot_loop=1", "--jit-param", "hot_exit=1"], code);
}

#[test]
fn locals_vars_and_dir_see_the_frame_as_the_interpreter_does() {
    let code = include_str!("jit_programs/frame_readers.py");
    let err = same_as_interp(&[], code);
    assert!(err.contains("reads its caller's frame"), "{err}");
    agrees_in_every_mode(code);
}

#[test]
fn inlined_calls_near_the_recursion_limit_raise_where_the_interpreter_does() {
    let code = include_str!("jit_programs/recursion_limit_inlined.py");
    let out = same_as_interp(&[], code);
    assert!(compiled(&out) > 0, "{out}");
    agrees_in_every_mode(code);
}

#[test]
fn an_object_named_twice_is_rebuilt_once_when_compiled_code_exits() {
    let code = include_str!("jit_programs/aliased_allocations.py");
    let err = same_as_interp(&[], code);
    assert!(compiled(&err) > 0, "{err}");
    agrees_in_every_mode(code);
}

#[test]
fn a_loop_compiled_on_one_kind_of_iterable_exits_on_another_without_taking_an_item() {
    // A loop compiled over a range later iterates floats, strings or generators; one
    // compiled over a dict's keys later iterates its items or values.
    let code = include_str!("jit_programs/iterable_kinds_change.py");
    let err = same_as_interp(&[], code);
    assert!(compiled(&err) > 0, "{err}");
    agrees_in_every_mode(code);
}

#[test]
fn attribute_sites_notice_a_class_that_gains_a_descriptor_after_compiling() {
    // Compiled slot reads and writes guard the layout version: a property, a data
    // descriptor, `__setattr__` or `__getattribute__` added to the class later wins.
    let code = include_str!("programs/classes/descriptors_added_after_use.py");
    let err = same_as_interp(&[], code);
    assert!(compiled(&err) > 0, "{err}");
    agrees_in_every_mode(code);
}

#[test]
fn unused_unboxes_still_check_their_operand_types() {
    // `x - x` folds to 0 and `x + 1;` is dead, but the unbox that fed them is the type
    // check: a float, str or list arriving later must give CPython's value or TypeError.
    let code = include_str!("jit_programs/unused_unboxes_still_check_types.py");
    let err = same_as_interp(&[], code);
    assert!(compiled(&err) > 0, "{err}");
    agrees_in_every_mode(code);
}

#[test]
fn dead_zip_items_still_end_the_loop_and_rebound_math_functions_are_called() {
    // `for x, y in zip(a, b): y = 0` must stop at the shorter input after dce; a
    // `math.sqrt` rebound to `math.exp` or `abs` is not compiled as a square root.
    let code = include_str!("jit_programs/dead_zip_items_and_rebound_math.py");
    let err = same_as_interp(&[], code);
    assert!(compiled(&err) > 0, "{err}");
    agrees_in_every_mode(code);
}
