//! Fuzzing the front door: the parser, the compiler and the interpreter must never panic,
//! hang or crash, whatever the input. Every input ends in a result or a Python-style error.
//!
//! Two properties, both driven by proptest (see `tests/FUZZING.md`):
//!
//! - `compile_never_panics`: arbitrary bytes, arbitrary strings and Python-looking token
//!   soup go to [`kiln_vm::compiler::compile_module`] in-process. It must return `Ok` or
//!   `Err` (never panic, never report an internal compiler error, never take longer than
//!   [`COMPILE_TIMEOUT`]); inputs that compile are then run through the `kiln` binary.
//! - `mutated_programs_never_crash`: programs of `tests/programs/**/*.py`, mutated (tokens
//!   and characters deleted, inserted, duplicated or swapped, lines spliced in from other
//!   programs, numbers replaced by boundary values, operators changed, truncation), run
//!   through the `kiln` binary, sometimes with `KILN_GC_STRESS=1`.
//!
//! A run passes when it exits 0, or 1 with a Python-style last stderr line
//! (`Name` or `Name: message`), and stderr never mentions a Rust panic or an internal
//! error. A run killed after [`RUN_TIMEOUT`] (mutations make infinite loops) and a run that
//! exhausts [`MEMORY_LIMIT_KIB`] of address space are counted, not failed.
//!
//! `PROPTEST_CASES=N` sets the number of cases of each property. `KILN_FUZZ_SECONDS=N`
//! switches to the time-boxed soak: `soak` generates and checks cases of both kinds until N
//! seconds have passed, then prints how many inputs it tried and what it found, and the two
//! properties skip themselves. A failing input is printed and written to
//! `tests/fuzz-failures/<hash>.py` (a directory that ignores itself in git).

#[path = "common/kiln_command.rs"]
mod kiln_command;

use std::collections::hash_map::DefaultHasher;
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

/// Cases of `compile_never_panics` unless `PROPTEST_CASES` says otherwise.
const DEFAULT_COMPILE_CASES: u32 = 300;
/// Cases of `mutated_programs_never_crash` unless `PROPTEST_CASES` says otherwise.
const DEFAULT_RUN_CASES: u32 = 150;
/// A run of the binary is killed after this long and counted as a timeout.
const RUN_TIMEOUT: Duration = Duration::from_secs(5);
/// An in-process compile that takes longer than this is a failure (a hang).
const COMPILE_TIMEOUT: Duration = Duration::from_secs(10);
/// Address-space limit of each run (`ulimit -v`), so that a mutation that allocates
/// without bound cannot take the machine's memory.
const MEMORY_LIMIT_KIB: u64 = 4_000_000;
/// Native stack of the thread that compiles in-process (the runner uses 1 GiB).
const COMPILE_STACK: usize = 256 << 20;
/// Bytes of stderr kept from each run (its tail).
const STDERR_KEEP: usize = 16 << 10;
/// Compile-only inputs tried per mutated program in the soak.
const SOAK_COMPILE_PER_RUN: usize = 8;

// ---------------------------------------------------------------------------------------
// Outcomes and bookkeeping
// ---------------------------------------------------------------------------------------

/// How one input ended.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// A result or a Python-style error.
    Fine,
    /// Killed after [`RUN_TIMEOUT`].
    Timeout,
    /// Ran out of the address space [`MEMORY_LIMIT_KIB`] allows.
    OutOfMemory,
}

/// Counters shared by the properties and the soak.
#[derive(Default)]
struct Tally {
    tried: AtomicUsize,
    compiled: AtomicUsize,
    runs: AtomicUsize,
    timeouts: AtomicUsize,
    out_of_memory: AtomicUsize,
}

impl Tally {
    fn count(&self, outcome: &Outcome) {
        self.runs.fetch_add(1, Ordering::Relaxed);
        match outcome {
            Outcome::Fine => {}
            Outcome::Timeout => {
                self.timeouts.fetch_add(1, Ordering::Relaxed);
            }
            Outcome::OutOfMemory => {
                self.out_of_memory.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    fn summary(&self) -> String {
        format!(
            "{} inputs tried, {} compiled, {} runs of the binary, {} timeouts, {} out of memory",
            self.tried.load(Ordering::Relaxed),
            self.compiled.load(Ordering::Relaxed),
            self.runs.load(Ordering::Relaxed),
            self.timeouts.load(Ordering::Relaxed),
            self.out_of_memory.load(Ordering::Relaxed),
        )
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn soak_seconds() -> Option<u64> {
    env_number("KILN_FUZZ_SECONDS").filter(|&n| n > 0)
}

fn config(default_cases: u32, max_shrink_iters: u32) -> Config {
    Config {
        cases: env_number("PROPTEST_CASES").map_or(default_cases, |n| n as u32),
        failure_persistence: None,
        max_shrink_iters,
        max_shrink_time: 120_000,
        ..Config::default()
    }
}

/// Prints a failing input and writes it to `tests/fuzz-failures/<hash>.py`; returns the
/// report.
fn report_failure(what: &str, src: &str, why: &str) -> String {
    let mut h = DefaultHasher::new();
    src.hash(&mut h);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-failures");
    let file = dir.join(format!("{:016x}.py", h.finish()));
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join(".gitignore"), "*\n"))
        .and_then(|()| std::fs::write(&file, src));
    let saved = match written {
        Ok(()) => format!("saved as {}", file.display()),
        Err(e) => format!("could not save it: {e}"),
    };
    let report = format!(
        "FUZZ FAILURE ({what}): {why}\n{saved}\n--- input ({} bytes) ---\n{src}\n--- input, escaped ---\n{src:?}\n---",
        src.len()
    );
    eprintln!("{report}");
    report
}

// ---------------------------------------------------------------------------------------
// Checking one input
// ---------------------------------------------------------------------------------------

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    }
}

/// Compiles `src` in-process on a thread with a large stack. `Ok(true)`: it compiled;
/// `Ok(false)`: a compile error; `Err`: a panic, an internal compiler error or a hang.
fn compile_checked(src: &str) -> Result<bool, String> {
    let (tx, rx) = mpsc::channel();
    let owned = src.to_string();
    thread::Builder::new()
        .name("fuzz-compile".into())
        .stack_size(COMPILE_STACK)
        .spawn(move || {
            let r = std::panic::catch_unwind(|| kiln_vm::compiler::compile_module(&owned, "<fuzz>"));
            let verdict = match r {
                Ok(Ok(_)) => Ok(true),
                Ok(Err(e)) if e.msg.contains("internal compiler error") => {
                    Err(format!("compile_module reported an internal error: {}", e.msg))
                }
                Ok(Err(_)) => Ok(false),
                Err(payload) => Err(format!("compile_module panicked: {}", panic_message(&*payload))),
            };
            let _ = tx.send(verdict);
        })
        .map_err(|e| format!("spawning the compile thread: {e}"))?;
    match rx.recv_timeout(kiln_command::scaled(COMPILE_TIMEOUT)) {
        Ok(v) => v,
        Err(_) => {
            Err(format!("compile_module did not return within {:?}", kiln_command::scaled(COMPILE_TIMEOUT)))
        }
    }
}

/// Whether a stderr line looks like the end of a CPython traceback: `Name` or
/// `Name: message`, where `Name` is a dotted identifier.
fn python_style_last_line(line: &str) -> bool {
    let name = line.split_once(": ").map_or(line, |(n, _)| n);
    !name.is_empty()
        && name.split('.').all(|part| {
            let mut cs = part.chars();
            cs.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && cs.all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// A fresh path for the program of one run (runs may go on in parallel test threads).
fn scratch_file() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("kiln-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir.join(format!("case{}.py", NEXT.fetch_add(1, Ordering::Relaxed)))
}

/// Runs `src` through the `kiln` binary and judges the result.
fn run_checked(src: &str, gc_stress: bool) -> Result<Outcome, String> {
    let path = scratch_file();
    std::fs::write(&path, src).map_err(|e| format!("writing {}: {e}", path.display()))?;
    let mut attempt = 0;
    let (status, stderr) = loop {
        let (status, stderr) = run_once(&path, gc_stress)?;
        // The shell could not exec the binary: `cargo build` is replacing it (a soak runs
        // for long enough to see that). Wait for the new one.
        let missing = status.and_then(|s| s.code()).is_some_and(|c| c == 126 || c == 127);
        if missing && stderr.contains("exec:") && attempt < 30 {
            attempt += 1;
            thread::sleep(Duration::from_secs(1));
            continue;
        }
        break (status, stderr);
    };
    let _ = std::fs::remove_file(&path);
    judge(src, gc_stress, status, &stderr)
}

/// One run of the binary on the program at `path`: its exit status (`None`: killed after
/// [`RUN_TIMEOUT`]) and the tail of its stderr.
fn run_once(path: &Path, gc_stress: bool) -> Result<(Option<ExitStatus>, String), String> {
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {MEMORY_LIMIT_KIB}; exec \"$@\""))
        .arg("kiln")
        .args(kiln_command::kiln_argv())
        .arg("run")
        .arg(path)
        .current_dir(path.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env_remove("KILN_GC_STRESS")
        .env("RUST_BACKTRACE", "0");
    if gc_stress {
        cmd.env("KILN_GC_STRESS", "1");
    }
    let mut child = cmd.spawn().map_err(|e| format!("spawning kiln: {e}"))?;
    let mut pipe = child.stderr.take().expect("stderr is piped");
    let reader = thread::spawn(move || {
        let mut tail: Vec<u8> = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            tail.extend_from_slice(&buf[..n]);
            if tail.len() > 2 * STDERR_KEEP {
                tail.drain(..tail.len() - STDERR_KEEP);
            }
        }
        tail
    });
    let start = Instant::now();
    let mut poll = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= kiln_command::scaled(RUN_TIMEOUT) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(poll);
                poll = (poll * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("waiting for kiln: {e}")),
        }
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    Ok((status, stderr))
}

/// Judges one run of `src`: a result or a Python-style error is fine.
fn judge(src: &str, gc_stress: bool, status: Option<ExitStatus>, stderr: &str) -> Result<Outcome, String> {
    let Some(status) = status else {
        return Ok(Outcome::Timeout);
    };
    let mode = if gc_stress { " (KILN_GC_STRESS=1)" } else { "" };
    let tail: String = {
        let lines: Vec<&str> = stderr.lines().collect();
        lines[lines.len().saturating_sub(12)..].join("\n")
    };
    if let Some(sig) = status.signal() {
        if stderr.contains("memory allocation of") {
            return Ok(Outcome::OutOfMemory);
        }
        return Err(format!("kiln{mode} was killed by signal {sig}; stderr ends:\n{tail}"));
    }
    for bad in ["panicked at", "internal error", "internal compiler error"] {
        if stderr.contains(bad) {
            return Err(format!("kiln{mode} stderr mentions '{bad}':\n{tail}"));
        }
    }
    // `sys.exit(n)`, `raise SystemExit(...)` and `print(..., file=sys.stderr)` choose their
    // own status and stderr.
    let own_exit = src.contains("exit") || src.contains("SystemExit");
    let own_stderr = own_exit || src.contains("stderr");
    let code = status.code().unwrap_or(-1);
    match code {
        0 => Ok(Outcome::Fine),
        1 => {
            let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
            // Some messages span lines (CPython's MRO error does): then the exception line
            // is the first line after the traceback's last source line.
            let exc_line = stderr
                .lines()
                .rev()
                .take_while(|l| !l.starts_with("  "))
                .last()
                .is_some_and(|l| l.contains(": ") && python_style_last_line(l));
            if own_stderr || python_style_last_line(last) || exc_line {
                Ok(Outcome::Fine)
            } else {
                Err(format!(
                    "kiln{mode} exited 1 with a last stderr line that is not Python-style: {last:?}\n{tail}"
                ))
            }
        }
        _ if own_exit => Ok(Outcome::Fine),
        _ => Err(format!("kiln{mode} exited with status {code}; stderr ends:\n{tail}")),
    }
}

/// The whole check of an input of the compile property: compile in-process, and run what
/// compiles.
fn check_source(src: &str, tally: &Tally) -> Result<(), String> {
    tally.tried.fetch_add(1, Ordering::Relaxed);
    if compile_checked(src)? {
        tally.compiled.fetch_add(1, Ordering::Relaxed);
        let outcome = run_checked(src, false)?;
        tally.count(&outcome);
    }
    Ok(())
}

/// The whole check of a mutated program: compile in-process, then run it.
fn check_program(src: &str, gc_stress: bool, tally: &Tally) -> Result<(), String> {
    tally.tried.fetch_add(1, Ordering::Relaxed);
    if compile_checked(src)? {
        tally.compiled.fetch_add(1, Ordering::Relaxed);
    }
    let outcome = run_checked(src, gc_stress)?;
    tally.count(&outcome);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Inputs: bytes, strings and token soup
// ---------------------------------------------------------------------------------------

const KEYWORDS: &[&str] = &[
    "def",
    "class",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "lambda",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "raise",
    "with",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "del",
    "assert",
    "async",
    "await",
    "match",
    "case",
    "None",
    "True",
    "False",
    "print",
    "range",
    "len",
    "super",
    "self",
    "x",
    "y",
    "_",
    "__init__",
    "__class__",
    "object",
    "Exception",
    "isinstance",
    "sys",
    "math",
    "type",
    "list",
    "dict",
];

const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==",
    "!=", "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=", ":=", "->",
    ".", ",", ":", ";", "...", "!", "\\", "$", "?", "`", "(", ")", "[", "]", "{", "}",
];

const LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "0x1F",
    "0o7",
    "0b1",
    "1_000",
    "1e308",
    "1e-400",
    "2**47",
    "2**63",
    "-2**63",
    "9999999999999999999999",
    "0.5",
    "1j",
    ".5",
    "1.",
    "0_",
    "00",
    "07",
    "1__0",
    "0x",
    "1e",
    "1.e5",
    "'x'",
    "\"x\"",
    "''",
    "'''doc'''",
    "\"\"\"doc\"\"\"",
    "f'{x}'",
    "f\"{x!r:>10}\"",
    "f'{'",
    "f'}'",
    "f'{x=}'",
    "f'{{}}'",
    "f'{f\"{x}\"}'",
    "r'\\d'",
    "b'x'",
    "rb''",
    "u'x'",
    "Rb\"\\\"",
    "'\\N{DASH}'",
    "'\\x4'",
    "'\\u12'",
    "'unclosed",
    "\"unclosed",
    "'''unclosed",
    "f'{x:{y}}'",
    "f'{x!z}'",
];

const LAYOUT: &[&str] =
    &["\n", "\n    ", "\n        ", "\n\t", "\n  ", "\r\n", "\r", " ", "\t", "\x0c", "# c\n", "\\\n", ""];

const UNICODE: &[&str] =
    &["é", "π", "名前", "\u{200b}", "\u{feff}", "🐍", "ℌ", "ﬁ", "\u{0301}", "Ω", "\u{2028}", "\u{0}"];

fn token() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        3 => proptest::sample::select(KEYWORDS),
        4 => proptest::sample::select(OPERATORS),
        2 => proptest::sample::select(LITERALS),
        3 => proptest::sample::select(LAYOUT),
        1 => proptest::sample::select(UNICODE),
    ]
}

/// Python-looking token soup: tokens joined by nothing, a space or a newline.
fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec((token(), 0u8..4), 0..80).prop_map(|toks| {
        let mut s = String::new();
        for (t, sep) in toks {
            s.push_str(t);
            match sep {
                0 => s.push(' '),
                1 => {}
                _ => s.push_str(if sep == 2 { " " } else { "\n" }),
            }
        }
        s
    })
}

/// Any input of the compile property.
fn source_input() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..300)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        1 => any::<String>(),
        1 => "[ -~\n\t]{0,200}",
        4 => soup(),
    ]
}

// ---------------------------------------------------------------------------------------
// Inputs: mutated corpus programs
// ---------------------------------------------------------------------------------------

const BOUNDARY_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2**47",
    "2**47-1",
    "-2**47",
    "2**48",
    "-2**63",
    "2**63",
    "2**64",
    "-2**63-1",
    "1e308",
    "-1e308",
    "1e309",
    "5e-324",
    "-0.0",
    "0.0",
    "10**100",
    "2**1000",
    "140737488355327",
    "140737488355328",
    "-140737488355328",
    "-140737488355329",
    "9223372036854775807",
    "255",
    "256",
    "float('nan')",
    "float('inf')",
    "True",
    "None",
    "''",
    "[]",
    "10**6",
];

const NEW_OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", ">", "==", "!=", "<=", ">=",
    " is ", " in ", " not in ", " and ", " or ", " is not ", "=", ":", ",", ".", "",
];

const INSERTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "*",
    "**",
    "=",
    "\n",
    "    ",
    "\t",
    "'",
    "\"",
    "#",
    "\\",
    "yield ",
    "return ",
    "break",
    "continue",
    "raise ",
    "del ",
    "global x",
    "nonlocal x",
    "lambda: ",
    "await ",
    "async ",
    "not ",
    "None",
    "self",
    "super()",
    "__class__",
    "f'{",
    "}",
    "@",
    "pass",
    "x",
    "1",
    "-",
    "if ",
    "else ",
    "for ",
    " in ",
    "try:",
    "finally:",
    "except:",
    "with ",
    "é",
    "🐍",
];

/// One edit of a program. Positions are fractions of the text (`u16` scaled to its
/// length), so that an edit stays meaningful whatever program it applies to.
#[derive(Clone, Debug)]
enum Mutation {
    DeleteChar(u16),
    InsertChar(u16, char),
    InsertText(u16, usize),
    DeleteToken(u16),
    DuplicateToken(u16),
    SwapTokens(u16, u16),
    ReplaceNumber(u16, usize),
    ReplaceOperator(u16, usize),
    /// Replace an identifier with another identifier of the same program.
    ReplaceWord(u16, u16),
    DeleteLine(u16),
    DuplicateLine(u16),
    SwapLines(u16, u16),
    Indent(u16, bool),
    /// Insert line `.1` of corpus program `.0` at line `.2` of this one.
    Splice(usize, u16, u16),
    Truncate(u16),
}

fn mutation(programs: usize) -> impl Strategy<Value = Mutation> {
    let pos = any::<u16>;
    prop_oneof![
        2 => pos().prop_map(Mutation::DeleteChar),
        2 => (pos(), prop_oneof![any::<char>(), proptest::char::range(' ', '~')])
            .prop_map(|(p, c)| Mutation::InsertChar(p, c)),
        3 => (pos(), 0..INSERTS.len()).prop_map(|(p, i)| Mutation::InsertText(p, i)),
        3 => pos().prop_map(Mutation::DeleteToken),
        2 => pos().prop_map(Mutation::DuplicateToken),
        2 => (pos(), pos()).prop_map(|(a, b)| Mutation::SwapTokens(a, b)),
        8 => (pos(), 0..BOUNDARY_NUMBERS.len()).prop_map(|(p, i)| Mutation::ReplaceNumber(p, i)),
        5 => (pos(), 0..NEW_OPERATORS.len()).prop_map(|(p, i)| Mutation::ReplaceOperator(p, i)),
        6 => (pos(), pos()).prop_map(|(a, b)| Mutation::ReplaceWord(a, b)),
        2 => pos().prop_map(Mutation::DeleteLine),
        2 => pos().prop_map(Mutation::DuplicateLine),
        1 => (pos(), pos()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (pos(), any::<bool>()).prop_map(|(p, deeper)| Mutation::Indent(p, deeper)),
        2 => (0..programs.max(1), pos(), pos()).prop_map(|(i, a, b)| Mutation::Splice(i, a, b)),
        1 => pos().prop_map(Mutation::Truncate),
    ]
}

/// Scales a `u16` fraction to an index below `len` (`len` > 0).
fn scale(frac: u16, len: usize) -> usize {
    (frac as usize * len) >> 16
}

/// Splits source into tokens that concatenate back to it: runs of identifier characters
/// (numbers included), runs of spaces and tabs, and single other characters.
fn tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let class = |c: char| {
            if c.is_alphanumeric() || c == '_' {
                1
            } else if c == ' ' || c == '\t' {
                2
            } else {
                0
            }
        };
        let k = class(c);
        let mut end = i + c.len_utf8();
        if k != 0 {
            while let Some(&(j, d)) = chars.peek() {
                if class(d) != k && !(k == 1 && d == '.' && c.is_ascii_digit()) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        debug_assert_eq!(start, i);
        out.push(&src[i..end]);
        start = end;
    }
    out
}

/// Rebuilds text from tokens with token `i` replaced by `with`.
fn replace_token(toks: &[&str], i: usize, with: &str) -> String {
    let mut s = String::new();
    for (j, t) in toks.iter().enumerate() {
        s.push_str(if j == i { with } else { t });
    }
    s
}

/// The byte offset of the char boundary at fraction `frac` of `src`.
fn char_offset(src: &str, frac: u16) -> usize {
    let n = src.chars().count();
    if n == 0 {
        return 0;
    }
    src.char_indices().nth(scale(frac, n)).map_or(src.len(), |(i, _)| i)
}

fn apply(src: &str, m: &Mutation, corpus: &[String]) -> String {
    let toks = tokens(src);
    let lines: Vec<&str> = src.split_inclusive('\n').collect();
    let join = |ls: &[&str]| ls.concat();
    match *m {
        Mutation::DeleteChar(p) => {
            let at = char_offset(src, p);
            let mut s = src.to_string();
            if at < s.len() {
                s.remove(at);
            }
            s
        }
        Mutation::InsertChar(p, c) => {
            let mut s = src.to_string();
            s.insert(char_offset(src, p), c);
            s
        }
        Mutation::InsertText(p, i) => {
            let mut s = src.to_string();
            s.insert_str(char_offset(src, p), INSERTS[i]);
            s
        }
        Mutation::DeleteToken(p) if !toks.is_empty() => replace_token(&toks, scale(p, toks.len()), ""),
        Mutation::DuplicateToken(p) if !toks.is_empty() => {
            let i = scale(p, toks.len());
            replace_token(&toks, i, &toks[i].repeat(2))
        }
        Mutation::SwapTokens(a, b) if !toks.is_empty() => {
            let (i, j) = (scale(a, toks.len()), scale(b, toks.len()));
            let mut t = toks.clone();
            t.swap(i, j);
            t.concat()
        }
        Mutation::ReplaceNumber(p, v) => {
            let numbers: Vec<usize> =
                (0..toks.len()).filter(|&i| toks[i].starts_with(|c: char| c.is_ascii_digit())).collect();
            if numbers.is_empty() {
                return src.to_string();
            }
            replace_token(&toks, numbers[scale(p, numbers.len())], BOUNDARY_NUMBERS[v])
        }
        Mutation::ReplaceOperator(p, v) => {
            let ops: Vec<usize> = (0..toks.len())
                .filter(|&i| toks[i].len() == 1 && "+-*/%<>=&|^~@".contains(toks[i]))
                .collect();
            if ops.is_empty() {
                return src.to_string();
            }
            replace_token(&toks, ops[scale(p, ops.len())], NEW_OPERATORS[v])
        }
        Mutation::ReplaceWord(a, b) => {
            let words: Vec<usize> = (0..toks.len())
                .filter(|&i| toks[i].starts_with(|c: char| c.is_alphabetic() || c == '_'))
                .collect();
            if words.is_empty() {
                return src.to_string();
            }
            let with = toks[words[scale(b, words.len())]];
            replace_token(&toks, words[scale(a, words.len())], with)
        }
        Mutation::DeleteLine(p) if !lines.is_empty() => {
            let mut ls = lines.clone();
            ls.remove(scale(p, lines.len()));
            join(&ls)
        }
        Mutation::DuplicateLine(p) if !lines.is_empty() => {
            let mut ls = lines.clone();
            let i = scale(p, lines.len());
            ls.insert(i, lines[i]);
            join(&ls)
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let mut ls = lines.clone();
            ls.swap(scale(a, lines.len()), scale(b, lines.len()));
            join(&ls)
        }
        Mutation::Indent(p, deeper) if !lines.is_empty() => {
            let i = scale(p, lines.len());
            let line = lines[i];
            let changed = if deeper {
                format!("    {line}")
            } else {
                line.strip_prefix("    ").or_else(|| line.strip_prefix(' ')).unwrap_or(line).to_string()
            };
            let mut ls: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            ls[i] = changed;
            ls.concat()
        }
        Mutation::Splice(other, a, b) => {
            let donor: Vec<&str> =
                corpus.get(other).map_or(Vec::new(), |s| s.split_inclusive('\n').collect());
            if donor.is_empty() {
                return src.to_string();
            }
            let mut piece = donor[scale(a, donor.len())].to_string();
            if !piece.ends_with('\n') {
                piece.push('\n');
            }
            let mut ls: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            if ls.last().is_some_and(|l| !l.ends_with('\n')) {
                ls.last_mut().unwrap().push('\n');
            }
            let at = scale(b, ls.len() + 1);
            ls.insert(at, piece);
            ls.concat()
        }
        Mutation::Truncate(p) => {
            // Keep at least half, so that most truncations still run something.
            let n = src.chars().count();
            let keep = n / 2 + scale(p, n / 2 + 1);
            src.chars().take(keep).collect()
        }
        _ => src.to_string(),
    }
}

/// A mutated program: which corpus program, the edits, and whether to run in GC stress.
type ProgramCase = (usize, Vec<Mutation>, bool);

fn program_case(programs: usize) -> impl Strategy<Value = ProgramCase> {
    (0..programs, proptest::collection::vec(mutation(programs), 1..4), proptest::bool::weighted(0.25))
}

fn materialize(case: &ProgramCase, corpus: &[String]) -> String {
    let mut src = corpus[case.0].clone();
    for m in &case.1 {
        src = apply(&src, m, corpus);
    }
    src
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The sources of `tests/programs/**/*.py`, in path order.
fn corpus() -> Vec<String> {
    let mut paths = Vec::new();
    collect_py(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs"), &mut paths);
    paths.sort();
    let sources: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    assert!(!sources.is_empty(), "no programs under tests/programs");
    sources
}

// ---------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------

#[test]
fn compile_never_panics() {
    if soak_seconds().is_some() {
        eprintln!("compile_never_panics: skipped (KILN_FUZZ_SECONDS: the soak runs instead)");
        return;
    }
    let tally = Tally::default();
    let mut runner = TestRunner::new(config(DEFAULT_COMPILE_CASES, 4096));
    let result = runner.run(&source_input(), |src| check_source(&src, &tally).map_err(TestCaseError::fail));
    eprintln!("compile_never_panics: {}", tally.summary());
    if let Err(e) = result {
        match e {
            TestError::Fail(why, src) => panic!("{}", report_failure("compile", &src, why.message())),
            TestError::Abort(why) => panic!("aborted: {why}"),
        }
    }
}

#[test]
fn mutated_programs_never_crash() {
    if soak_seconds().is_some() {
        eprintln!("mutated_programs_never_crash: skipped (KILN_FUZZ_SECONDS: the soak runs instead)");
        return;
    }
    let corpus = corpus();
    let tally = Tally::default();
    let mut runner = TestRunner::new(config(DEFAULT_RUN_CASES, 256));
    let result = runner.run(&program_case(corpus.len()), |case| {
        check_program(&materialize(&case, &corpus), case.2, &tally).map_err(TestCaseError::fail)
    });
    eprintln!("mutated_programs_never_crash: {}", tally.summary());
    if let Err(e) = result {
        match e {
            TestError::Fail(why, case) => {
                let what = if case.2 { "run, KILN_GC_STRESS=1" } else { "run" };
                panic!("{}", report_failure(what, &materialize(&case, &corpus), why.message()))
            }
            TestError::Abort(why) => panic!("aborted: {why}"),
        }
    }
}

/// The time-boxed mode: with `KILN_FUZZ_SECONDS=N`, generate and check cases of both
/// properties until N seconds have passed. Failures are reported and saved as they come;
/// the test fails at the end if there were any.
#[test]
fn soak() {
    let Some(seconds) = soak_seconds() else { return };
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let corpus = corpus();
    let tally = Tally::default();
    let mut runner = TestRunner::new(config(0, 0));
    let sources = source_input();
    let programs = program_case(corpus.len());
    let mut failures: Vec<String> = Vec::new();
    let mut last_note = Instant::now();
    while Instant::now() < deadline {
        for _ in 0..SOAK_COMPILE_PER_RUN {
            let src = sources.new_tree(&mut runner).expect("generating a source").current();
            if let Err(why) = check_source(&src, &tally) {
                failures.push(report_failure("compile", &src, &why));
            }
        }
        let case = programs.new_tree(&mut runner).expect("generating a program").current();
        let src = materialize(&case, &corpus);
        if let Err(why) = check_program(&src, case.2, &tally) {
            let what = if case.2 { "run, KILN_GC_STRESS=1" } else { "run" };
            failures.push(report_failure(what, &src, &why));
        }
        if last_note.elapsed() >= Duration::from_secs(60) {
            eprintln!("soak: {} so far, {} failures", tally.summary(), failures.len());
            last_note = Instant::now();
        }
    }
    let mut msg = format!("soak: {seconds} s: {}, {} failures", tally.summary(), failures.len());
    for f in &failures {
        let _ = write!(msg, "\n{}", f.lines().next().unwrap_or(""));
    }
    eprintln!("{msg}");
    assert!(failures.is_empty(), "{msg}");
}

// ---------------------------------------------------------------------------------------
// Unit checks: the harness itself, and minimized inputs found by fuzzing
// ---------------------------------------------------------------------------------------

#[test]
fn tokens_concatenate_back() {
    for src in ["x = 1.5e3 + foo(a, b)  # c\n\tif y:\n", "", "é🐍 'a' 0x1F"] {
        assert_eq!(tokens(src).concat(), src);
    }
    assert_eq!(tokens("x1 = 2.5"), vec!["x1", " ", "=", " ", "2.5"]);
}

#[test]
fn multi_line_messages_pass() {
    let stderr = "Traceback (most recent call last):\n  File \"x.py\", line 3, in <module>\n    class D(A, C):\nTypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, C\n";
    let status = std::process::ExitStatus::from_raw(1 << 8);
    assert_eq!(judge("class D(A, C): pass", false, Some(status), stderr), Ok(Outcome::Fine));
    let bad = "Traceback (most recent call last):\n  File \"x.py\", line 3\n    x\nsomething odd\n";
    assert!(judge("x", false, Some(status), bad).is_err());
}

#[test]
fn last_line_shapes() {
    assert!(python_style_last_line("ZeroDivisionError: division by zero"));
    assert!(python_style_last_line("KeyboardInterrupt"));
    assert!(python_style_last_line("mod.Error: x"));
    assert!(!python_style_last_line("memory allocation of 8 bytes failed"));
    assert!(!python_style_last_line("    ^"));
    assert!(!python_style_last_line(""));
}

/// Inputs that once crashed or hung Kiln (minimized), plus shapes that stress the
/// parser's recursion; each must compile or fail cleanly, and run cleanly.
#[test]
fn known_inputs() {
    let deep_parens = format!("x = {}1{}\nprint(x)\n", "(".repeat(5000), ")".repeat(5000));
    let deep_unary = format!("x = {}1\nprint(x)\n", "-".repeat(5000));
    let deep_lists = format!("print({}{})\n", "[".repeat(3000), "]".repeat(3000));
    let deep_blocks: String = (0..150).map(|i| format!("{}if True:\n", "    ".repeat(i))).collect::<String>()
        + &"    ".repeat(150)
        + "print(1)\n";
    let mut inputs: Vec<String> = vec![deep_parens, deep_unary, deep_lists, deep_blocks];
    // Repeats and collections within Kiln's size limits that the address-space limit of a
    // run refuses: these aborted on the failed allocation instead of raising MemoryError.
    for repeat in [
        "[[]] * 2**31",
        "[1, 2] * 2**30",
        "(1,) * 2**31",
        "'a' * 2**33",
        "x = [1]\nx *= 2**31",
        "list(range(2**47))",
        "x = [1]\nwhile True:\n    x = x + x",
        "x = 'ab'\nwhile True:\n    x += x",
    ] {
        inputs.push(format!(
            "try:\n    {}\nexcept MemoryError:\n    print('MemoryError')\n",
            repeat.replace('\n', "\n    ")
        ));
    }
    let tally = Tally::default();
    for src in &inputs {
        match check_program(src, false, &tally) {
            Err(why) => panic!("{}", report_failure("known input", src, &why)),
            Ok(()) => {
                let fine = tally.runs.load(Ordering::Relaxed)
                    - tally.timeouts.load(Ordering::Relaxed)
                    - tally.out_of_memory.load(Ordering::Relaxed);
                if fine != tally.runs.load(Ordering::Relaxed) || fine == 0 {
                    panic!("{}", report_failure("known input", src, "timed out or ran out of memory"));
                }
            }
        }
    }
}
