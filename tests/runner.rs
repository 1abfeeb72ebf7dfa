//! The `kiln` runner's command line: subcommands, exit statuses, `sys.argv`, `--stats`,
//! `dis` output.

#[path = "common/kiln_command.rs"]
mod kiln_command;

use kiln_command::kiln_command;
use std::process::Output;

fn kiln(args: &[&str]) -> Output {
    kiln_command().args(args).output().expect("running kiln")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn run_code_string_with_argv() {
    let o = kiln(&["run", "-c", "import sys\nprint(sys.argv[1:], 6 * 7)", "a", "b"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "['a', 'b'] 42\n");
}

#[test]
fn uncaught_exception_exits_1_with_traceback() {
    let o = kiln(&["run", "-c", "def f():\n    return 1 // 0\nf()"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("Traceback (most recent call last):"), "{err}");
    assert!(err.contains("in f"), "{err}");
    assert_eq!(err.lines().last(), Some("ZeroDivisionError: integer division or modulo by zero"));
}

#[test]
fn syntax_error_has_location_and_exits_1() {
    let o = kiln(&["run", "-c", "x = (1,\ny = 2"]);
    assert_eq!(o.status.code(), Some(1));
    let last = stderr(&o).lines().last().unwrap_or_default().to_string();
    assert!(last.starts_with("SyntaxError: "), "{last}");
    assert!(last.contains("line "), "{last}");
}

#[test]
fn unsupported_construct_is_not_implemented_at_compile_time() {
    let o = kiln(&["run", "-c", "print('before')\nasync def f():\n    pass"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "", "nothing runs when compilation fails");
    let last = stderr(&o).lines().last().unwrap_or_default().to_string();
    assert!(last.starts_with("NotImplementedError: async functions are not supported"), "{last}");
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(kiln(&[]).status.code(), Some(2));
    assert_eq!(kiln(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(kiln(&["run"]).status.code(), Some(2));
    assert_eq!(kiln(&["run", "--no-such-flag", "x.py"]).status.code(), Some(2));
    assert_eq!(kiln(&["run", "/no/such/file.py"]).status.code(), Some(2));
    let help = kiln(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("kiln run"));
}

#[test]
fn stats_reports_counters() {
    let o =
        kiln(&["run", "--jit", "off", "--stats", "-c", "t = 0\nfor i in range(1000):\n    t += i\nprint(t)"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "499500\n");
    let err = stderr(&o);
    for key in ["instructions executed", "python calls", "allocations", "collections", "time in gc"] {
        assert!(err.contains(key), "missing '{key}' in:\n{err}");
    }
    let instructions: u64 = err
        .lines()
        .find(|l| l.starts_with("instructions executed"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.trim().parse().ok())
        .unwrap();
    assert!(instructions > 3000, "a 1000-iteration loop runs thousands of instructions, got {instructions}");
}

#[test]
fn dis_prints_every_code_object() {
    let dir = std::env::temp_dir().join(format!("kiln-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, "def add(a, b):\n    return a + b\n\nclass C:\n    def m(self):\n        return [x for x in range(3)]\n")
        .unwrap();
    let o = kiln(&["dis", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for needle in ["<module>", "add", "C.m", "<listcomp>", "BinaryOp", "Return", "ForIter"] {
        assert!(text.contains(needle), "missing {needle} in:\n{text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_for_loop_reads_sys_stdin_line_by_line() {
    use std::io::Write;
    let code = "import sys\nn = 0\nfor line in sys.stdin:\n    n += len(line.split())\n    print(repr(line))\nprint(n)";
    let mut child = kiln_command()
        .args(["run", "-c", code])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("running kiln");
    child.stdin.take().expect("stdin").write_all(b"a b\nc d e\nlast").expect("writing stdin");
    let o = child.wait_with_output().expect("waiting for kiln");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "'a b\\n'\n'c d e\\n'\n'last'\n6\n");
}

/// Runs `code` as the script `name` in a fresh directory: (exit status, stderr, the
/// script's absolute path).
fn run_script(name: &str, code: &str) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("kiln-runner-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, code).expect("writing the script");
    let o = kiln_command().args(["run", name]).current_dir(&dir).output().expect("running kiln");
    let _ = std::fs::remove_dir_all(&dir);
    (o.status.code(), stderr(&o), path.to_string_lossy().into_owned())
}

#[test]
fn a_recursion_traceback_collapses_repeated_lines_as_cpython_does() {
    let (status, err, path) = run_script("deep.py", "def r(n):\n    return r(n + 1)\n\n\nr(0)\n");
    assert_eq!(status, Some(1));
    // CPython 3.11 prints exactly these 14 lines.
    let frame = format!("  File \"{path}\", line 2, in r\n    return r(n + 1)\n           ^^^^^^^^\n");
    let want = format!(
        "Traceback (most recent call last):\n  File \"{path}\", line 5, in <module>\n    r(0)\n{}  [Previous \
         line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n",
        frame.repeat(3)
    );
    assert_eq!(err, want);
}

#[test]
fn tracebacks_name_the_script_by_its_path_and_mark_positions_as_cpython_does() {
    let code = "def ratio(values, i):\n    return values[i] / (values[i + 1] - values[i + 1])\n\n\n\
                def scaled(values):\n    table = {\"k\": 1}\n    return ratio(values, 0) + table[\"k\"]\n\n\n\
                print(scaled([3, 4]))\n";
    let (status, err, path) = run_script("marks.py", code);
    assert_eq!(status, Some(1));
    // Copied from CPython 3.11's output for the same file.
    let want = format!(
        "Traceback (most recent call last):
  File \"{path}\", line 10, in <module>
    print(scaled([3, 4]))
          ^^^^^^^^^^^^^^
  File \"{path}\", line 7, in scaled
    return ratio(values, 0) + table[\"k\"]
           ^^^^^^^^^^^^^^^^
  File \"{path}\", line 2, in ratio
    return values[i] / (values[i + 1] - values[i + 1])
           ~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
ZeroDivisionError: division by zero
"
    );
    assert_eq!(err, want);
    // Code given with -c shows no source lines, as in CPython.
    let o = kiln(&["run", "-c", "x = 1\ny = x / 0"]);
    assert_eq!(
        stderr(&o),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn an_exception_that_is_its_own_cause_is_printed_once() {
    let (status, err, _) = run_script(
        "cycle.py",
        "try:\n    raise ValueError('v')\nexcept ValueError as e:\n    raise e from e\n",
    );
    assert_eq!(status, Some(1));
    assert_eq!(err.matches("ValueError: v").count(), 1, "{err}");
    assert!(!err.contains("direct cause"), "{err}");
}
