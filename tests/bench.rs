//! `kiln bench`: program discovery, the output check, missing engines, and the result
//! files (Markdown, CSV, SVG), on tiny programs in a temporary directory; the `native` engine
//! on scratch Rust programs and on the real ones in `benches/native/`.

#[path = "common/kiln_command.rs"]
mod kiln_command;

use kiln_command::kiln_command;
use std::path::{Path, PathBuf};
use std::process::Output;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiln-bench-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("programs")).unwrap();
    dir
}

fn write(dir: &Path, file: &str, text: &str) {
    std::fs::write(dir.join("programs").join(file), text).unwrap();
}

/// Writes `benches/native/`'s counterpart in a scratch directory: `DIR/native/FILE`.
fn write_native(dir: &Path, file: &str, text: &str) {
    std::fs::create_dir_all(dir.join("native")).unwrap();
    std::fs::write(dir.join("native").join(file), text).unwrap();
}

fn bench(args: &[&str]) -> Output {
    kiln_command().arg("bench").args(args).output().expect("running kiln bench")
}

const SQUARES: &str = "# Sum of squares.\n# bench-args: 3000\n# bench-half: 1500\n# bench-check: 10\n\
import sys\nn = int(sys.argv[1])\nprint(sum(i * i for i in range(n)))\n";

#[test]
fn check_mode_passes_when_outputs_agree_and_fails_when_they_differ() {
    if !kiln_command::kiln_can_start_kiln(
        "bench::check_mode_passes_when_outputs_agree_and_fails_when_they_differ",
    ) {
        return;
    }
    let dir = scratch("check");
    write(&dir, "squares.py", SQUARES);
    write(&dir, "helper.py", "# not a benchmark: no bench-args line\nx = 1\n");
    let d = dir.join("programs");
    let o = bench(&["--check", "--engines", "kiln,python3", "--dir", d.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("ok   squares 10"), "{out}");
    assert!(out.contains("check: passed, 1 programs"), "{out}");

    // The clock differs between any two runs, so the engines cannot agree.
    write(&dir, "clock.py", "# bench-args: 1\n# bench-check: 1\nimport time\nprint(time.time())\n");
    let o = bench(&["--check", "--engines", "kiln,python3", "--dir", d.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("FAIL clock 1"), "{out}");
    assert!(out.contains("kiln: output differs from python3: line 1:"), "{out}");
    assert!(out.contains("check: FAILED, 1 of 2 programs"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bench_run_writes_markdown_csv_and_svg_with_ratios() {
    if !kiln_command::kiln_can_start_kiln("bench::a_bench_run_writes_markdown_csv_and_svg_with_ratios") {
        return;
    }
    let dir = scratch("run");
    write(&dir, "squares.py", SQUARES);
    write(&dir, "crash.py", "# bench-args: 1\n# bench-check: 1\nprint(1 // 0)\n");
    let d = dir.join("programs");
    let out = dir.join("results");
    let o = bench(&[
        "--runs",
        "2",
        "--warmup",
        "0",
        "--steady",
        "--engines",
        "kiln,python3",
        "--dir",
        d.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--name",
        "t",
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "a crashing program fails its row: {stdout}");
    let md = std::fs::read_to_string(out.join("t.md")).unwrap();
    assert_eq!(md, stdout, "the report printed is the report written");
    assert!(md.contains("| program | kiln/python3 | kiln/python3 steady | status |"), "{md}");
    let squares = md.lines().find(|l| l.starts_with("| squares |")).unwrap();
    let ratio: f64 = squares.split('|').nth(2).unwrap().trim().parse().unwrap();
    assert!(ratio > 0.0 && ratio < 100.0, "{squares}");
    assert!(md.contains("| crash | FAILED |"), "{md}");
    assert!(md.contains("ZeroDivisionError"), "{md}");
    assert!(md.contains("| squares | 3000 (half: 1500) |"), "{md}");

    let csv = std::fs::read_to_string(out.join("t.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "header + 2 programs x 2 engines: {csv}");
    assert!(lines.iter().any(|l| l.starts_with("squares,3000,kiln,ok,2,")), "{csv}");
    assert!(lines.iter().any(|l| l.starts_with("crash,1,kiln,failed,0,")), "{csv}");
    let svg = std::fs::read_to_string(out.join("t.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains(">\nsquares\n<") && svg.contains("kiln"), "{svg}");
    assert!(out.join("t-steady.svg").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_engines_are_reported_and_unknown_ones_are_usage_errors() {
    let dir = scratch("missing");
    write(&dir, "squares.py", SQUARES);
    let d = dir.join("programs");
    if kiln_command::kiln_can_start_kiln("bench::missing_engines_are_reported_...: the kiln,pypy3 check") {
        let o = kiln_command()
            .args(["bench", "--check", "--engines", "kiln,pypy3", "--dir", d.to_str().unwrap()])
            .env("PATH", dir.join("empty-path"))
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{out}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("# pypy3: missing (pypy3 not found on PATH)"));
        assert!(out.contains("check: passed, 1 programs; missing: pypy3"), "{out}");
    }

    let o = bench(&["--engines", "kiln,cpython", "--dir", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown engine 'cpython'"));
    let o = bench(&["--dir", d.to_str().unwrap(), "nosuchprogram"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown program 'nosuchprogram'"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The Rust version of `SQUARES`.
const SQUARES_RS: &str =
    "fn main() {\n    let n: u64 = std::env::args().nth(1).unwrap().parse().unwrap();\n    \
println!(\"{}\", (0..n).map(|i| i * i).sum::<u64>());\n}\n";

#[test]
fn native_versions_are_compiled_checked_and_timed_and_missing_ones_are_not_failures() {
    let dir = scratch("native");
    write(&dir, "squares.py", SQUARES);
    write(&dir, "cubes.py", &SQUARES.replace("i * i", "i * i * i"));
    write_native(&dir, "squares.rs", SQUARES_RS);
    let d = dir.join("programs");
    let o = bench(&["--check", "--engines", "python3,native", "--dir", d.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(err.contains("(1 of 2 programs have one)"), "{err}");
    assert!(out.contains("ok   cubes 10") && out.contains("native missing)"), "{out}");
    assert!(out.contains("ok   squares 10") && out.contains(", native 0."), "{out}");
    assert!(out.contains("check: passed, 2 programs; missing: native (for 1 of 2 programs)"), "{out}");

    // Alone, native has nothing to run for cubes: not available there, and not a failure.
    let o = bench(&["--check", "--engines", "native", "--dir", d.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("n/a  cubes 10") && out.contains("ok   squares 10"), "{out}");

    // A timed run: cubes has no native cell, squares has a ratio.
    let results = dir.join("results");
    let o = bench(&[
        "--runs",
        "1",
        "--warmup",
        "0",
        "--engines",
        "python3,native",
        "--dir",
        d.to_str().unwrap(),
        "--out",
        results.to_str().unwrap(),
        "--name",
        "t",
    ]);
    let md = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{md}");
    assert!(md.contains("| program | native/python3 | status |"), "{md}");
    assert!(md.contains("| cubes | missing | ok |"), "{md}");
    let squares = md.lines().find(|l| l.starts_with("| squares |")).unwrap();
    let ratio: f64 = squares.split('|').nth(2).unwrap().trim().parse().unwrap();
    assert!(ratio > 0.0 && ratio < 10.0, "{squares}");
    let csv = std::fs::read_to_string(results.join("t.csv")).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("cubes,3000,native,missing,0,")), "{csv}");

    // A native version that prints something else, or does not compile, fails its program.
    write_native(&dir, "cubes.rs", &SQUARES_RS.replace("i * i", "i * i * i + 1"));
    write(&dir, "broken.py", "# bench-args: 1\n# bench-check: 1\nprint(1)\n");
    write_native(&dir, "broken.rs", "fn main() { let x: u8 = \"one\"; }\n");
    let o = bench(&["--check", "--engines", "python3,native", "--dir", d.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("FAIL cubes 10") && out.contains("native: output differs from python3: line 1:"),
        "{out}"
    );
    assert!(out.contains("FAIL broken 1") && out.contains("broken.rs: error[E0308]"), "{out}");
    assert!(out.contains("check: FAILED, 2 of 3 programs"), "{out}");

    // Without rustc on PATH the engine is missing, as a whole.
    if kiln_command::kiln_can_start_kiln(
        "bench::native_versions_are_...: the kiln,native check without rustc",
    ) {
        let o = kiln_command()
            .args(["bench", "--check", "--engines", "kiln,native", "--dir", d.to_str().unwrap(), "squares"])
            .env("PATH", dir.join("empty-path"))
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{out}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("# native: missing (rustc not found on PATH)"));
        assert!(out.contains("check: passed, 1 programs; missing: native"), "{out}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_native_versions_in_benches_print_what_python3_prints() {
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    let natives = ["nbody", "spectral_norm", "mandelbrot", "fannkuch"];
    let mut args = vec!["--check", "--engines", "python3,native", "--dir", programs.to_str().unwrap()];
    args.extend(natives);
    args.push("fib");
    let o = bench(&args);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}{}", String::from_utf8_lossy(&o.stderr));
    for name in natives {
        let line =
            out.lines().find(|l| l.starts_with(&format!("ok   {name} "))).unwrap_or_else(|| panic!("{out}"));
        assert!(line.contains("python3 ") && line.contains(", native "), "{line}");
        assert!(!line.contains("missing"), "{line}");
    }
    assert!(out.lines().any(|l| l.starts_with("ok   fib ") && l.contains("native missing")), "{out}");
    assert!(out.contains("check: passed, 5 programs; missing: native (for 1 of 5 programs)"), "{out}");
}
