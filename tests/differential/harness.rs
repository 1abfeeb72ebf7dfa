//! Configurations a program runs under, and what a run produced.

use crate::jit_flags::JitConfig;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// A run that takes longer than this is killed (the generator bounds every loop, so this
/// is only a safety net).
const TIMEOUT: Duration = Duration::from_secs(10);

/// One way to run a program: the interpreter, an optimizer configuration, or CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Config {
    /// Kiln's interpreter alone (`--jit off`).
    Interp,
    /// Kiln's interpreter collecting garbage at every safepoint (`KILN_GC_STRESS=1`).
    InterpGcStress,
    /// An optimizer configuration (`common/jit_flags.rs`).
    Jit(JitConfig),
    /// CPython 3.11, the oracle.
    CPython,
}

/// What a run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    /// Exit status; `None` when killed by a signal or by the timeout.
    pub status: Option<i32>,
    /// Last non-empty line of stderr (empty when there is none).
    pub last_stderr_line: String,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Config {
    pub fn name(self) -> String {
        match self {
            Config::Interp => "kiln".into(),
            Config::InterpGcStress => "kiln-gc-stress".into(),
            Config::Jit(c) => format!("kiln-{}", c.name()),
            Config::CPython => "cpython".into(),
        }
    }

    fn command(self, file: &Path) -> Command {
        let mut cmd = match self {
            Config::CPython => {
                let mut c = Command::new("python3");
                c.arg(file);
                c
            }
            _ => {
                let bin =
                    std::env::var("KILN_DIFF_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_kiln").into());
                let mut c = crate::kiln_command::command_for(bin);
                c.arg("run");
                match self {
                    Config::Jit(j) => c.args(j.flags()),
                    _ => c.args(["--jit", "off"]),
                };
                c.arg(file);
                c
            }
        };
        let stress = match self {
            Config::InterpGcStress => true,
            Config::Jit(j) => j.gc_stress(),
            _ => false,
        };
        if stress {
            cmd.env("KILN_GC_STRESS", "1");
        }
        cmd.env("PYTHONHASHSEED", "0");
        cmd
    }

    /// Runs `program` (written to a temporary file) and collects its outcome.
    pub fn run(&self, program: &str) -> Outcome {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("kiln-diff-{}-{n}-{}.py", std::process::id(), self.name()));
        std::fs::write(&path, program).expect("write temporary program");
        let outcome = self.run_file(&path);
        let _ = std::fs::remove_file(&path);
        outcome
    }

    fn run_file(&self, path: &Path) -> Outcome {
        let mut child = self
            .command(path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.name()));
        let drain = |mut pipe: Box<dyn Read + Send>| {
            thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = pipe.read_to_end(&mut buf);
                String::from_utf8_lossy(&buf).into_owned()
            })
        };
        let out = drain(Box::new(child.stdout.take().unwrap()));
        let err = drain(Box::new(child.stderr.take().unwrap()));
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for child") {
                break status.code();
            }
            if start.elapsed() > crate::kiln_command::scaled(TIMEOUT) {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            thread::sleep(Duration::from_millis(2));
        };
        let stdout = out.join().unwrap_or_default();
        let stderr = err.join().unwrap_or_default();
        let last_stderr_line =
            stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim_end().to_string();
        Outcome { stdout, status, last_stderr_line }
    }
}

/// Whether `python3` can be started.
pub fn have_python() -> bool {
    Command::new("python3")
        .arg("-c")
        .arg("pass")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// The first line where two outputs differ, for messages.
pub fn first_difference(a: &str, b: &str) -> String {
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    for n in 0..al.len().max(bl.len()) {
        let (x, y) = (al.get(n), bl.get(n));
        if x != y {
            return format!("line {}: {:?} vs {:?}", n + 1, x, y);
        }
    }
    "no line differs (trailing newline?)".to_string()
}
