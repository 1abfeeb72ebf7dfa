//! Running one child process: wall time, peak RSS (`ru_maxrss` from `wait4`), exit status,
//! captured stdout and stderr, and a timeout.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What one run of one engine on one program produced.
#[derive(Clone, Debug)]
pub struct RunResult {
    pub seconds: f64,
    pub peak_rss_kib: u64,
    /// The exit status, or `None` when a signal ended the process.
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

impl RunResult {
    /// Why this run does not count, if it does not: a timeout, a signal, a non-zero exit.
    pub fn problem(&self) -> Option<String> {
        if self.timed_out {
            return Some("timed out".to_string());
        }
        if let Some(sig) = self.signal {
            return Some(format!("killed by signal {sig}"));
        }
        match self.exit_code {
            Some(0) => None,
            code => {
                let last = self.stderr.trim_end().lines().last().unwrap_or("(no stderr)");
                let last: String = last.chars().take(160).collect();
                Some(format!("exit {}: {last}", code.unwrap_or(-1)))
            }
        }
    }
}

/// Exit status and resource usage of a reaped child.
struct Reaped {
    status: libc::c_int,
    maxrss_kib: u64,
}

/// Waits for the child `pid` and returns its status and peak RSS.
fn wait4(pid: libc::pid_t) -> std::io::Result<Reaped> {
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is a plain C struct for which all-zero bytes are a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid, writable and live for the call; `pid` is a
        // child of this process that nothing else waits for (its `Child` is never waited on).
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            // Linux reports ru_maxrss in KiB.
            return Ok(Reaped { status, maxrss_kib: usage.ru_maxrss.max(0) as u64 });
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

/// Runs `cmd` to completion (killing it after `timeout`), with stdin closed and
/// `PYTHONHASHSEED=0` so that CPython's and PyPy's runs are reproducible.
pub fn run_once(mut cmd: Command, timeout: Duration) -> Result<RunResult, String> {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).env("PYTHONHASHSEED", "0");
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let pid = child.id() as libc::pid_t;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if done_rx.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            // SAFETY: `kill` has no memory-safety preconditions. The child is not reaped until
            // `wait4` returns, which happens after this signal or after `done_tx` is sent.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            return true;
        }
        false
    });
    let reaped = wait4(pid);
    let seconds = start.elapsed().as_secs_f64();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let reaped = reaped.map_err(|e| format!("wait4 failed: {e}"))?;
    drop(child);
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let st = reaped.status;
    let (exit_code, signal) = if libc::WIFEXITED(st) {
        (Some(libc::WEXITSTATUS(st)), None)
    } else if libc::WIFSIGNALED(st) {
        (None, Some(libc::WTERMSIG(st)))
    } else {
        (None, None)
    };
    Ok(RunResult { seconds, peak_rss_kib: reaped.maxrss_kib, exit_code, signal, stdout, stderr, timed_out })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("/bin/sh");
        c.args(["-c", script]);
        c
    }

    #[test]
    fn captures_output_status_and_rss() {
        let r = run_once(sh("echo out; echo err >&2; exit 3"), Duration::from_secs(30)).unwrap();
        assert_eq!(r.stdout, "out\n");
        assert_eq!(r.stderr, "err\n");
        assert_eq!(r.exit_code, Some(3));
        assert!(r.peak_rss_kib > 0);
        assert_eq!(r.problem().unwrap(), "exit 3: err");
        let ok = run_once(sh("true"), Duration::from_secs(30)).unwrap();
        assert_eq!(ok.problem(), None);
    }

    #[test]
    fn a_run_past_its_timeout_is_killed() {
        let r = run_once(sh("exec sleep 5"), Duration::from_millis(200)).unwrap();
        assert!(r.timed_out && r.seconds < 4.0, "{r:?}");
        assert_eq!(r.problem().unwrap(), "timed out");
    }
}
