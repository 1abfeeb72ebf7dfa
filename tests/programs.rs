//! Golden program corpus: runs every `tests/programs/**/*.py` through the `kiln` binary.
//!
//! Each program is run as `kiln run <file name>` with the program's directory as the
//! working directory (so `sys.argv[0]` and traceback file names match CPython's), once
//! in the interpreter alone (`--jit off`), once more with `KILN_GC_STRESS=1`, and in every
//! optimizer configuration of `common/jit_flags.rs`: the region-IR executor and the
//! Cranelift JIT, each with the `loop`, `trace` and `frame` shapes at the default
//! thresholds and with everything hot at once under GC stress, and the JIT failing guards
//! at random. A run passes when
//!
//! - stdout equals `<name>.expected` exactly,
//! - the exit status equals the `exit:` line of `<name>.stderr` (0 when there is no such
//!   file), and
//! - when `<name>.stderr` exists, the last non-empty stderr line equals its second line,
//!   or starts with the text after `prefix: ` when the second line has that form.
//!
//! Expectations come from CPython 3.11 through `python3 tests/bless.py [PATH...]`.
//! Set `KILN_PROGRAMS=<substring>` to run only the programs whose path (relative to
//! `tests/programs`) contains the substring, and `KILN_PROGRAM_JOBS=<n>` to change the
//! number of parallel workers (default 4). `KILN_PROGRAM_MODES=<prefix>,...` runs only the
//! modes whose name starts with one of the prefixes (`interp,native` drops the `ir-*` modes;
//! `.ci/run` does so under qemu, see DEVELOPERS.md) and says on stderr what it dropped.

#[path = "common/jit_flags.rs"]
mod jit_flags;
#[path = "common/kiln_command.rs"]
mod kiln_command;

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use jit_flags::{JitConfig, JIT_CONFIGS};

/// A run that takes longer than this is killed and reported as a failure.
const TIMEOUT: Duration = Duration::from_secs(30);
/// How often a running program is polled for completion.
const POLL: Duration = Duration::from_millis(5);
/// Lines of context shown before the first differing line of stdout.
const CONTEXT_BEFORE: usize = 3;
/// Expected and actual lines shown from the first differing line on.
const DIFF_LINES: usize = 6;
/// Lines of stderr shown for a failing run.
const STDERR_TAIL: usize = 8;
/// Worker threads, unless `KILN_PROGRAM_JOBS` says otherwise.
const DEFAULT_JOBS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// The interpreter alone (`--jit off`).
    Interp,
    /// The interpreter alone under GC stress.
    InterpGcStress,
    /// An optimizer configuration of [`JIT_CONFIGS`].
    Jit(JitConfig),
}

impl Mode {
    fn all() -> Vec<Mode> {
        let mut v = vec![Mode::Interp, Mode::InterpGcStress];
        v.extend(JIT_CONFIGS.iter().map(|c| Mode::Jit(*c)));
        v
    }

    fn name(self) -> String {
        match self {
            Mode::Interp => "interp".into(),
            Mode::InterpGcStress => "interp-gc-stress".into(),
            Mode::Jit(c) => c.name(),
        }
    }

    fn flags(self) -> Vec<&'static str> {
        match self {
            Mode::Interp | Mode::InterpGcStress => vec!["--jit", "off"],
            Mode::Jit(c) => c.flags(),
        }
    }

    fn gc_stress(self) -> bool {
        match self {
            Mode::Interp => false,
            Mode::InterpGcStress => true,
            Mode::Jit(c) => c.gc_stress(),
        }
    }
}

/// What the last stderr line must look like.
#[derive(Debug)]
enum StderrCheck {
    Exact(String),
    Prefix(String),
}

/// The blessed outcome of one program.
#[derive(Debug)]
struct Expectation {
    stdout: String,
    exit: i32,
    stderr: Option<StderrCheck>,
}

/// One program of the corpus.
#[derive(Debug)]
struct Program {
    /// Absolute path of the `.py` file.
    path: PathBuf,
    /// Path relative to `tests/programs`, with `/` separators, for messages and filters.
    rel: String,
}

/// What a run of the binary produced.
struct Outcome {
    stdout: String,
    stderr: String,
    /// `None` when the process was killed by a signal or by the timeout.
    exit: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

fn programs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("programs")
}

fn collect_programs(dir: &Path, root: &Path, out: &mut Vec<Program>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_programs(&path, root, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let rel = path
                .strip_prefix(root)
                .expect("program under the corpus root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Program { path, rel });
        }
    }
}

fn read_expectation(program: &Program) -> Result<Expectation, String> {
    let expected_path = program.path.with_extension("expected");
    let stdout = fs::read_to_string(&expected_path)
        .map_err(|e| format!("cannot read {}: {e}", expected_path.display()))?;
    let stderr_path = program.path.with_extension("stderr");
    if !stderr_path.exists() {
        return Ok(Expectation { stdout, exit: 0, stderr: None });
    }
    let text = fs::read_to_string(&stderr_path)
        .map_err(|e| format!("cannot read {}: {e}", stderr_path.display()))?;
    let mut lines = text.lines();
    let exit_line = lines.next().unwrap_or_default();
    let exit =
        exit_line.strip_prefix("exit: ").and_then(|n| n.trim().parse::<i32>().ok()).ok_or_else(|| {
            format!("{}: first line must be `exit: <status>`, found {exit_line:?}", stderr_path.display())
        })?;
    let check = match lines.next() {
        None => None,
        Some(line) => match line.strip_prefix("prefix: ") {
            Some(prefix) => Some(StderrCheck::Prefix(prefix.to_string())),
            None => Some(StderrCheck::Exact(line.trim_end().to_string())),
        },
    };
    Ok(Expectation { stdout, exit, stderr: check })
}

/// Grace period for a pipe to reach end-of-file once the child is gone. A grandchild
/// could keep it open; its output is then cut short instead of hanging the test.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// Reads a child's pipe on its own thread, so that a chatty program cannot block on a
/// full pipe while we wait for it, and so that waiting for the output can be bounded.
struct Drain {
    buffer: Arc<Mutex<Vec<u8>>>,
    reader: thread::JoinHandle<()>,
}

impl Drain {
    fn start<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&buffer);
        let reader = thread::spawn(move || {
            let Some(mut pipe) = pipe else { return };
            let mut chunk = [0u8; 8192];
            loop {
                match pipe.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().unwrap().extend_from_slice(&chunk[..n]),
                }
            }
        });
        Drain { buffer, reader }
    }

    /// What was read, after waiting at most `PIPE_GRACE` for the end of the pipe.
    fn finish(self) -> String {
        let deadline = Instant::now() + PIPE_GRACE;
        while !self.reader.is_finished() && Instant::now() < deadline {
            thread::sleep(POLL);
        }
        if self.reader.is_finished() {
            let _ = self.reader.join();
        }
        let bytes = self.buffer.lock().unwrap();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn run_program(program: &Program, mode: Mode) -> Result<Outcome, String> {
    let dir = program.path.parent().expect("program has a directory");
    let file_name = program.path.file_name().expect("program has a file name");
    let mut command = kiln_command::kiln_command();
    command
        .arg("run")
        .args(mode.flags())
        .arg(file_name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if mode.gc_stress() {
        command.env("KILN_GC_STRESS", "1");
    } else {
        command.env_remove("KILN_GC_STRESS");
    }
    let start = Instant::now();
    let mut child = command.spawn().map_err(|e| format!("cannot start kiln: {e}"))?;
    let stdout = Drain::start(child.stdout.take());
    let stderr = Drain::start(child.stderr.take());
    let mut timed_out = false;
    let status: Option<ExitStatus> = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= kiln_command::scaled(TIMEOUT) => {
                timed_out = true;
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(POLL),
            Err(e) => return Err(format!("cannot wait for kiln: {e}")),
        }
    };
    let elapsed = start.elapsed();
    Ok(Outcome {
        stdout: stdout.finish(),
        stderr: stderr.finish(),
        exit: status.and_then(|s| s.code()),
        timed_out,
        elapsed,
    })
}

fn last_nonempty_line(text: &str) -> &str {
    text.lines().rev().map(str::trim_end).find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// A short line diff: where the outputs first part, a little context before it, then
/// the next few expected (`-`) and actual (`+`) lines.
fn line_diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp.iter().zip(&act).position(|(a, b)| a != b).unwrap_or(exp.len().min(act.len()));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "    stdout differs at line {} (expected {} lines, got {}):",
        first + 1,
        exp.len(),
        act.len()
    );
    let show = |line: &str| {
        let trimmed = line.strip_suffix('\n');
        match trimmed {
            Some(body) => body.to_string(),
            None => format!("{line}\u{23CE}(no newline at end)"),
        }
    };
    for line in &exp[first.saturating_sub(CONTEXT_BEFORE)..first] {
        let _ = writeln!(out, "      {}", show(line));
    }
    for line in exp.iter().skip(first).take(DIFF_LINES) {
        let _ = writeln!(out, "    - {}", show(line));
    }
    if exp.len() > first + DIFF_LINES {
        let _ = writeln!(out, "    - ... ({} more expected lines)", exp.len() - first - DIFF_LINES);
    }
    for line in act.iter().skip(first).take(DIFF_LINES) {
        let _ = writeln!(out, "    + {}", show(line));
    }
    if act.len() > first + DIFF_LINES {
        let _ = writeln!(out, "    + ... ({} more actual lines)", act.len() - first - DIFF_LINES);
    }
    out
}

fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = String::new();
    if lines.is_empty() {
        out.push_str("    stderr: (empty)\n");
        return out;
    }
    out.push_str("    stderr tail:\n");
    for line in &lines[lines.len().saturating_sub(STDERR_TAIL)..] {
        let _ = writeln!(out, "      | {line}");
    }
    out
}

/// Checks one run; returns a readable report when it fails.
fn check(program: &Program, mode: Mode) -> Option<String> {
    let header = format!("{} [{}]", program.rel, mode.name());
    let expected = match read_expectation(program) {
        Ok(e) => e,
        Err(msg) => return Some(format!("{header}\n    {msg}\n")),
    };
    let outcome = match run_program(program, mode) {
        Ok(o) => o,
        Err(msg) => return Some(format!("{header}\n    {msg}\n")),
    };
    let mut problems = String::new();
    if outcome.timed_out {
        let _ = writeln!(
            problems,
            "    timed out after {} s and was killed",
            kiln_command::scaled(TIMEOUT).as_secs()
        );
    } else if outcome.exit != Some(expected.exit) {
        let got = match outcome.exit {
            Some(code) => code.to_string(),
            None => "killed by a signal".to_string(),
        };
        let _ = writeln!(problems, "    exit status: expected {}, got {got}", expected.exit);
    }
    if outcome.stdout != expected.stdout {
        problems.push_str(&line_diff(&expected.stdout, &outcome.stdout));
    }
    if !outcome.timed_out {
        let last = last_nonempty_line(&outcome.stderr);
        match &expected.stderr {
            Some(StderrCheck::Exact(want)) if last != want => {
                let _ = writeln!(
                    problems,
                    "    last stderr line: expected {want:?}\n                      got      {last:?}"
                );
            }
            Some(StderrCheck::Prefix(want)) if !last.starts_with(want.as_str()) => {
                let _ = writeln!(problems, "    last stderr line: expected prefix {want:?}\n                      got             {last:?}");
            }
            _ => {}
        }
    }
    if problems.is_empty() {
        return None;
    }
    Some(format!(
        "{header} ({:.2} s)\n{problems}{}",
        outcome.elapsed.as_secs_f64(),
        stderr_tail(&outcome.stderr)
    ))
}

/// The modes to run: every one, or those `KILN_PROGRAM_MODES` selects (see the top).
fn selected_modes() -> Vec<Mode> {
    let Some(spec) = std::env::var("KILN_PROGRAM_MODES").ok().filter(|s| !s.trim().is_empty()) else {
        return Mode::all();
    };
    let prefixes: Vec<&str> = spec.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let (kept, dropped): (Vec<Mode>, Vec<Mode>) =
        Mode::all().into_iter().partition(|m| prefixes.iter().any(|p| m.name().starts_with(p)));
    assert!(!kept.is_empty(), "KILN_PROGRAM_MODES={spec:?} selects no mode");
    let names = |v: &[Mode]| v.iter().map(|m| m.name()).collect::<Vec<_>>().join(" ");
    let note = format!(
        "NOTE: KILN_PROGRAM_MODES={spec}: running {}; not running {}\n",
        names(&kept),
        if dropped.is_empty() { "-".to_string() } else { names(&dropped) }
    );
    // Straight to stderr, so that the note shows even when the test passes.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), note.as_bytes());
    kept
}

fn job_count() -> usize {
    std::env::var("KILN_PROGRAM_JOBS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_JOBS)
}

#[test]
fn program_corpus() {
    let root = programs_root();
    let mut programs = Vec::new();
    collect_programs(&root, &root, &mut programs);
    let filter = std::env::var("KILN_PROGRAMS").ok().filter(|f| !f.is_empty());
    if let Some(f) = &filter {
        programs.retain(|p| p.rel.contains(f.as_str()));
    }
    assert!(
        !programs.is_empty(),
        "no programs under {} match KILN_PROGRAMS={:?}",
        root.display(),
        filter.unwrap_or_default()
    );

    let programs = Arc::new(programs);
    let modes = selected_modes();
    let queue: VecDeque<(usize, Mode)> =
        (0..programs.len()).flat_map(|i| modes.clone().into_iter().map(move |m| (i, m))).collect();
    let total_runs = queue.len();
    let queue = Arc::new(Mutex::new(queue));
    let failures = Arc::new(Mutex::new(Vec::<(usize, Mode, String)>::new()));

    let workers: Vec<_> = (0..job_count().min(total_runs))
        .map(|_| {
            let programs = Arc::clone(&programs);
            let queue = Arc::clone(&queue);
            let failures = Arc::clone(&failures);
            thread::spawn(move || loop {
                let next = queue.lock().unwrap().pop_front();
                let Some((index, mode)) = next else { break };
                if let Some(report) = check(&programs[index], mode) {
                    failures.lock().unwrap().push((index, mode, report));
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("worker thread panicked");
    }

    let mut failures = Arc::try_unwrap(failures).expect("workers finished").into_inner().unwrap();
    failures.sort_by_key(|(index, mode, _)| (*index, modes.iter().position(|m| m == mode)));
    if failures.is_empty() {
        println!(
            "{} programs passed ({total_runs} runs: normal, gc-stress, and ir-loop, ir-trace, ir-frame each \
             at default thresholds and hot at once under gc-stress)",
            programs.len()
        );
        return;
    }
    let mut report = String::new();
    for (_, _, text) in &failures {
        report.push_str(text);
        report.push('\n');
    }
    let mut failing_paths: Vec<&str> = failures.iter().map(|(i, _, _)| programs[*i].rel.as_str()).collect();
    failing_paths.dedup();
    eprintln!("{report}");
    eprintln!("failing programs:");
    for path in &failing_paths {
        eprintln!("  tests/programs/{path}");
    }
    eprintln!(
        "\nIf Kiln's new output is right (CPython 3.11 agrees), refresh the expectations with\n  \
         python3 tests/bless.py <path>\nRun one program with KILN_PROGRAMS=<substring> cargo test --test programs"
    );
    panic!("{} of {} program runs failed", failures.len(), total_runs);
}
