//! The collector keeps up with allocation churn: a program that allocates far more than
//! it keeps alive runs in a small, flat heap. Measured through `kiln run --stats`, which
//! reports bytes allocated, collections and the process's peak RSS (no timing involved).

#[path = "common/kiln_command.rs"]
mod kiln_command;

use kiln_command::kiln_command;
use std::process::Command;

fn stat(stderr: &str, key: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with(key))
        .unwrap_or_else(|| panic!("no '{key}' line in --stats output:\n{stderr}"));
    line.split(':').nth(1).unwrap().split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn churn_keeps_peak_rss_flat() {
    let out = kiln_command()
        .args(["run", "--stats", "benches/programs/gc_churn.py", "60000"])
        .output()
        .expect("running kiln");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "kiln failed:\n{stderr}");
    let expected = Command::new("python3").args(["benches/programs/gc_churn.py", "60000"]).output();
    if let Ok(py) = expected {
        if py.status.success() {
            assert_eq!(String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&py.stdout));
        }
    }
    let allocated = stat(&stderr, "bytes allocated");
    let collections = stat(&stderr, "collections");
    let peak_kib = stat(&stderr, "peak rss");
    assert!(allocated > 400 << 20, "expected heavy churn, allocated only {allocated} bytes");
    assert!(collections >= 10, "expected many collections, got {collections}");
    // Live data is a few KiB; the heap threshold is 8 MiB. Allow generous slack for the
    // binary, the 1 GiB reserved (untouched) interpreter stack and allocator overhead.
    assert!(peak_kib < 96 * 1024, "peak RSS {peak_kib} KiB for {allocated} bytes allocated");
}
