//! Configurations a program runs under, and what a run produced.

use crate::jit_flags::ir_flags;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// A run that takes longer than this is killed (the generator bounds every loop, so this
/// is only a safety net).
const TIMEOUT: Duration = Duration::from_secs(10);

/// One way to run a program. Later configurations (JIT region shapes, compile
/// thresholds) become more variants with their own arm in [`Config::command`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Config {
    /// Kiln's interpreter as it runs by default.
    Interp,
    /// Kiln's interpreter collecting garbage at every safepoint (`KILN_GC_STRESS=1`).
    InterpGcStress,
    /// The region-IR executor, loop regions, default thresholds.
    IrLoop,
    /// The region-IR executor, loop regions, every loop hot at its first back-edge, GC
    /// stress.
    IrLoopHot,
    /// The region-IR executor, trace regions (calls inlined), default thresholds.
    IrTrace,
    /// The region-IR executor, trace regions, every loop hot at once, GC stress.
    IrTraceHot,
    /// The region-IR executor, frame regions (function bodies and loops, no inlining).
    IrFrame,
    /// The region-IR executor, frame regions, everything hot at once, GC stress.
    IrFrameHot,
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
    pub fn name(self) -> &'static str {
        match self {
            Config::Interp => "kiln",
            Config::InterpGcStress => "kiln-gc-stress",
            Config::IrLoop => "kiln-ir-loop",
            Config::IrLoopHot => "kiln-ir-loop-hot1-gc-stress",
            Config::IrTrace => "kiln-ir-trace",
            Config::IrTraceHot => "kiln-ir-trace-hot1-gc-stress",
            Config::IrFrame => "kiln-ir-frame",
            Config::IrFrameHot => "kiln-ir-frame-hot1-gc-stress",
            Config::CPython => "cpython",
        }
    }

    /// Extra runner flags.
    fn flags(self) -> Vec<&'static str> {
        match self {
            Config::IrLoop => ir_flags("loop", false),
            Config::IrLoopHot => ir_flags("loop", true),
            Config::IrTrace => ir_flags("trace", false),
            Config::IrTraceHot => ir_flags("trace", true),
            Config::IrFrame => ir_flags("frame", false),
            Config::IrFrameHot => ir_flags("frame", true),
            _ => Vec::new(),
        }
    }

    fn command(self, file: &Path) -> Command {
        let mut cmd = match self {
            Config::Interp
            | Config::InterpGcStress
            | Config::IrLoop
            | Config::IrLoopHot
            | Config::IrTrace
            | Config::IrTraceHot
            | Config::IrFrame
            | Config::IrFrameHot => {
                let bin =
                    std::env::var("KILN_DIFF_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_kiln").into());
                let mut c = Command::new(bin);
                c.arg("run").args(self.flags()).arg(file);
                c
            }
            Config::CPython => {
                let mut c = Command::new("python3");
                c.arg(file);
                c
            }
        };
        if matches!(
            self,
            Config::InterpGcStress | Config::IrLoopHot | Config::IrTraceHot | Config::IrFrameHot
        ) {
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
            if start.elapsed() > TIMEOUT {
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
