//! `kiln run --jit ir`: hot loops recorded as regions, optimized, and run by the region-IR
//! executor. Each test compares the output with the interpreter's and reads the region
//! counters that `--stats` prints.

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

/// Runs `code` in the interpreter and with `--jit ir --stats` plus `args`; asserts equal
/// stdout, exit status and last stderr line; returns the JIT run's stderr.
fn same_as_interp(args: &[&str], code: &str) -> String {
    let plain = kiln(&[], code);
    let mut all = vec!["--jit", "ir", "--stats"];
    all.extend_from_slice(args);
    let jit = kiln(&all, code);
    assert_eq!(text(&jit.stdout), text(&plain.stdout), "stdout differs; stderr:\n{}", text(&jit.stderr));
    assert_eq!(jit.status.code(), plain.status.code());
    let last = |o: &Output| {
        text(&o.stderr)
            .lines()
            .rfind(|l| l.starts_with("Traceback") || l.contains("Error"))
            .map(str::to_string)
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

fn ops_per_iteration(stderr: &str) -> f64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("region "))
        .unwrap_or_else(|| panic!("no region in:\n{stderr}"));
    let at = line.find("IR ops/iteration ").expect("ops per iteration") + "IR ops/iteration ".len();
    line[at..].split(',').next().unwrap().parse().unwrap()
}

const SUM: &str = "def f(n):\n    t = 0\n    x = 0.5\n    for i in range(n):\n        t += i * 2\n        x = x * 0.5 + 1.0\n    return t, x\nprint(f(20000))\n";

#[test]
fn a_hot_loop_becomes_a_region_and_the_optimizer_shrinks_it() {
    let opt = same_as_interp(&[], SUM);
    assert_eq!(counter(&opt, "regions recorded"), 1, "{opt}");
    let none = same_as_interp(&["--passes", "none"], SUM);
    let (a, b) = (ops_per_iteration(&opt), ops_per_iteration(&none));
    assert!(a > 0.0 && a < b, "optimized {a} vs unoptimized {b} IR ops per iteration");
}

#[test]
fn failed_guards_deoptimize_and_the_program_goes_on() {
    // The loop is recorded with ints; later the values become floats and then big ints.
    let code = "x = 1\nfor i in range(3000):\n    if i == 1500:\n        x = 0.5\n    x = x + 1\nprint(x)\n\
                y = 1\nfor i in range(200):\n    y = y * 3\nprint(y % 1000003)\n";
    let err = same_as_interp(&["--jit-param", "hot_loop=2"], code);
    assert!(err.contains("guards failed") && !err.contains("guards failed 0,"), "{err}");
}

#[test]
fn a_region_that_always_deopts_is_dropped_and_recorded_again() {
    // Recorded while x is an int; from i == 100 on it is a float, so every entry leaves
    // at the first unbox. The region is dropped and recorded again with a float.
    let code = "x = 0\nfor i in range(5000):\n    if i == 100:\n        x = 0.5\n    x = x + 1\nprint(x)\n";
    let err = same_as_interp(&[], code);
    assert_eq!(counter(&err, "regions dropped"), 1, "{err}");
    assert_eq!(counter(&err, "regions recorded"), 2, "{err}");
    // With one drop allowed, the loop is blacklisted instead.
    let err = same_as_interp(&["--jit-param", "abort_limit=1"], code);
    assert!(counter(&err, "loops blacklisted") >= 1, "{err}");
    let kept = same_as_interp(&["--jit-param", "storm_window=0"], code);
    assert_eq!(counter(&kept, "regions dropped"), 0, "{kept}");
}

#[test]
fn frame_regions_run_function_bodies_and_leave_exceptions_to_the_frame() {
    // `sq` becomes a frame region; `boom` raises ZeroDivisionError from inside its region
    // once, which the caller catches; its traceback names `boom` when it is not caught.
    let code = "def sq(x):\n    return x * x + 1\ndef boom(i):\n    return 10 // (i - 150)\nt = 0\n\
                for i in range(300):\n    t += sq(i)\n    try:\n        t += boom(i)\n    except ZeroDivisionError:\n        t += 7\n\
                print(t)\nboom(150)\n";
    let err = same_as_interp(&["--regions", "frame", "--jit-param", "hot_func=5"], code);
    assert!(err.contains("region frame sq:1") && err.contains("region frame boom:3"), "{err}");
    assert!(err.contains("line 4, in boom"), "{err}");
}

#[test]
fn a_hot_exit_grows_a_bridge_that_joins_the_loop_again() {
    // The trace inlines A.f; every fourth iteration leaves at the class guard for B,
    // until a bridge for that exit runs B.f and comes back to the loop header.
    let code = "class A:\n    def f(self, x):\n        return x + 1\nclass B:\n    def f(self, x):\n        return x * 2\n\
                objs = [A(), A(), A(), B()]\nt = 0\nfor i in range(4000):\n    o = objs[i % 4]\n    t = (t + o.f(i)) % 1000003\nprint(t)\n";
    let err = same_as_interp(&[], code);
    let line = err.lines().find(|l| l.starts_with("bridges:")).unwrap_or_else(|| panic!("{err}"));
    let joins: u64 =
        line.split("joined the loop ").nth(1).and_then(|r| r.split(' ').next()).unwrap().parse().unwrap();
    assert!(counter(&err, "bridges") == 1 && joins > 500, "{err}");
}

#[test]
fn exceptions_inside_a_region_unwind_like_the_interpreter() {
    let code = "def f(n):\n    t = 0\n    for i in range(n):\n        t += 100 // (500 - i)\n    return t\n\
                try:\n    f(1000)\nexcept ZeroDivisionError as e:\n    print('caught', e)\nf(1000)\n";
    let err = same_as_interp(&["--jit-param", "hot_loop=3"], code);
    assert!(err.contains("line 4, in f"), "{err}");
}

#[test]
fn unsupported_instructions_abort_with_a_reason_and_the_loop_is_blacklisted() {
    let code =
        "def g():\n    for i in range(1000):\n        yield i\nt = 0\nfor v in g():\n    t += v\nprint(t)\n";
    let err = same_as_interp(&["--jit-param", "hot_loop=2", "--jit-param", "abort_limit=2"], code);
    assert!(err.contains("not yet supported: Yield"), "{err}");
    assert!(counter(&err, "loops blacklisted") >= 1, "{err}");
}

#[test]
fn log_shows_the_recorded_and_optimized_region() {
    let o = kiln(&["--jit", "ir", "--log"], SUM);
    let err = text(&o.stderr);
    assert!(err.contains("[kiln regions] recorded:\nregion trace f:1"), "{err}");
    assert!(err.contains("[kiln regions] optimized:") && err.contains("range_next"), "{err}");
}

#[test]
fn bad_optimizer_options_are_usage_errors() {
    assert_eq!(kiln(&["--jit", "maybe"], "print(1)").status.code(), Some(2));
    assert_eq!(kiln(&["--jit", "ir", "--passes", "fold,nope"], "print(1)").status.code(), Some(2));
    assert_eq!(kiln(&["--jit-param", "hot_loop=x"], "print(1)").status.code(), Some(2));
    assert_eq!(kiln(&["--jit", "off", "--regions", "loop"], "print(1)").status.code(), Some(2));
    assert_eq!(kiln(&["--jit", "ir", "--perf-map"], "print(1)").status.code(), Some(2));
    assert_eq!(kiln(&["--target", "nonsense-cpu-none"], "print(1)").status.code(), Some(2));
    let o = kiln(&["--regions", "loop"], "print(1)");
    assert_eq!((o.status.code(), text(&o.stdout)), (Some(0), "1\n".to_string()));
}
