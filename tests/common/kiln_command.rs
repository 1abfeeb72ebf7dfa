//! How the integration tests start the `kiln` binary: directly, or through the runner named
//! by `KILN_TEST_RUNNER` (a command and its arguments, split on whitespace). A cross build
//! sets it: `.ci/run` runs the suite for `aarch64-unknown-linux-gnu` with
//! `KILN_TEST_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"`, because the host cannot
//! execute an aarch64 `kiln` by itself (see DEVELOPERS.md). Unset or empty: no runner.
//!
//! An emulated `kiln` is many times slower, so the tests' time limits on a run are scaled
//! by [`scaled`]: by `KILN_TEST_TIMEOUT_SCALE` (a positive integer) when set, else by
//! [`RUNNER_TIMEOUT_SCALE`] under a runner and 1 without one.
#![allow(dead_code)]

use std::ffi::OsString;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The environment variable that names the runner.
pub const RUNNER_VAR: &str = "KILN_TEST_RUNNER";

/// The environment variable that scales the time limits.
pub const TIMEOUT_SCALE_VAR: &str = "KILN_TEST_TIMEOUT_SCALE";

/// The time limits' scale under a runner, unless `KILN_TEST_TIMEOUT_SCALE` says otherwise.
pub const RUNNER_TIMEOUT_SCALE: u32 = 4;

/// A time limit on a run of `kiln`, scaled for the runner (see the module documentation).
pub fn scaled(limit: Duration) -> Duration {
    let set = std::env::var(TIMEOUT_SCALE_VAR).ok().and_then(|v| v.trim().parse::<u32>().ok());
    let scale = set.filter(|&n| n > 0).unwrap_or(if runner().is_some() { RUNNER_TIMEOUT_SCALE } else { 1 });
    limit * scale
}

/// The runner's words, when one is set. A bare command name is looked up on `PATH` now, so
/// that tests that give `kiln` another `PATH` still find the runner.
pub fn runner() -> Option<Vec<String>> {
    let mut words: Vec<String> =
        std::env::var(RUNNER_VAR).ok()?.split_whitespace().map(String::from).collect();
    let first = words.first_mut()?;
    if !first.contains('/') {
        let path = std::env::var_os("PATH").unwrap_or_default();
        if let Some(found) = std::env::split_paths(&path).map(|d| d.join(&*first)).find(|p| p.is_file()) {
            *first = found.display().to_string();
        }
    }
    Some(words)
}

/// The argument vector that starts `bin`: the runner's words, then `bin`.
pub fn argv_for(bin: impl Into<OsString>) -> Vec<OsString> {
    let mut argv: Vec<OsString> = runner().unwrap_or_default().into_iter().map(OsString::from).collect();
    argv.push(bin.into());
    argv
}

/// The argument vector that starts the `kiln` binary built with the tests.
pub fn kiln_argv() -> Vec<OsString> {
    argv_for(env!("CARGO_BIN_EXE_kiln"))
}

/// A command that runs `bin` (a `kiln` binary) through the runner, if any.
pub fn command_for(bin: impl Into<OsString>) -> Command {
    let argv = argv_for(bin);
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    cmd
}

/// A command that runs the `kiln` binary built with the tests, through the runner, if any.
pub fn kiln_command() -> Command {
    command_for(env!("CARGO_BIN_EXE_kiln"))
}

/// Whether a `kiln` started by the tests can start another `kiln`, as `kiln bench` starts
/// its `kiln` engines: its own executable, directly, not through the runner. Always without
/// a runner; under one, only when the host executes the binary by itself (a binfmt_misc
/// handler for its architecture). When it cannot, prints that `what` is skipped and why,
/// straight to stderr so that the note shows even when the test passes.
pub fn kiln_can_start_kiln(what: &str) -> bool {
    let Some(runner) = runner() else { return true };
    // An executable the kernel refuses can still "start": execvp hands it to /bin/sh, which
    // fails. So the test is whether it runs a program.
    let direct = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .args(["run", "--jit", "off", "-c", "print(6 * 7)"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    if direct.is_ok_and(|o| o.status.success() && o.stdout == b"42\n") {
        return true;
    }
    let _ = writeln!(
        std::io::stderr(),
        "NOTE: skipped under {RUNNER_VAR}={}: {what} (kiln bench starts the kiln engine as its own \
         executable, which this host cannot execute without a binfmt_misc handler)",
        runner.join(" ")
    );
    false
}
