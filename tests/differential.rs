//! Differential property test: generated programs run under every [`Config`] must agree
//! on stdout, exit status and the last stderr line. A failing program is shrunk by
//! proptest to a minimal one, printed, and written to
//! `tests/programs/regressions/gen_<hash>.py` (bless it with `python3 tests/bless.py`).
//!
//! `PROPTEST_CASES` sets the number of programs (default 300) and `PROPTEST_RNG_SEED`
//! the seed (default [`DEFAULT_SEED`]). See `tests/DIFFERENTIAL.md`.

#[path = "differential/gen.rs"]
mod gen;
#[path = "differential/harness.rs"]
mod harness;
#[path = "common/jit_flags.rs"]
mod jit_flags;
#[path = "common/kiln_command.rs"]
mod kiln_command;

use harness::{first_difference, have_python, Config, Outcome};
use proptest::test_runner::{
    Config as ProptestConfig, RngAlgorithm, RngSeed, TestCaseError, TestError, TestRunner,
};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The seed used when `PROPTEST_RNG_SEED` is not set, so CI runs are reproducible.
const DEFAULT_SEED: u64 = 0x4b494c4e;
/// Number of programs when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 300;

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// Checks one program: every configuration must agree with the first one.
fn check(program: &str, configs: &[Config]) -> Result<(), String> {
    // The configurations run side by side: each one is a separate process.
    let outcomes: Vec<(Config, Outcome)> = std::thread::scope(|s| {
        let handles: Vec<_> = configs.iter().map(|c| s.spawn(move || (*c, c.run(program)))).collect();
        handles.into_iter().map(|h| h.join().expect("run thread")).collect()
    });
    for (config, o) in &outcomes {
        let line = &o.last_stderr_line;
        let unsupported = line.starts_with("NotImplementedError") || line.starts_with("SyntaxError");
        if unsupported || o.status.is_none() {
            return Err(format!(
                "GENERATOR BUG: {} rejected or did not finish the program (status {:?}): {line}",
                config.name(),
                o.status
            ));
        }
    }
    let (ref_config, reference) = &outcomes[outcomes.len() - 1];
    for (config, o) in &outcomes {
        let mut diffs = Vec::new();
        if o.stdout != reference.stdout {
            diffs.push(format!("stdout differs at {}", first_difference(&o.stdout, &reference.stdout)));
        }
        if o.status != reference.status {
            diffs.push(format!("exit status {:?} vs {:?}", o.status, reference.status));
        }
        if o.last_stderr_line != reference.last_stderr_line {
            diffs.push(format!(
                "last stderr line {:?} vs {:?}",
                o.last_stderr_line, reference.last_stderr_line
            ));
        }
        if !diffs.is_empty() {
            return Err(format!("{} vs {}: {}", config.name(), ref_config.name(), diffs.join("; ")));
        }
    }
    Ok(())
}

fn save_regression(program: &str) -> String {
    let mut h = DefaultHasher::new();
    program.hash(&mut h);
    let name = format!("gen_{:08x}.py", h.finish() as u32);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/regressions");
    let path = dir.join(&name);
    let text = format!("# Found by tests/differential.rs (minimized).\n{program}");
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("cannot write {}: {e}", path.display());
    }
    format!("tests/programs/regressions/{name}")
}

#[test]
fn generated_programs_agree_with_cpython() {
    let mut configs = vec![Config::Interp, Config::InterpGcStress];
    configs.extend(jit_flags::JIT_CONFIGS.iter().map(|j| Config::Jit(*j)));
    if have_python() {
        configs.push(Config::CPython);
    } else {
        println!("note: python3 not found; comparing Kiln configurations only");
    }
    let cases = env_u64("PROPTEST_CASES").map(|n| n as u32).unwrap_or(DEFAULT_CASES);
    let seed = env_u64("PROPTEST_RNG_SEED").unwrap_or(DEFAULT_SEED);
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(seed),
        max_shrink_iters: 2000,
        max_shrink_time: 180_000,
        ..ProptestConfig::default()
    };
    println!("differential: {cases} programs, seed {seed}, configurations {configs:?}");
    let mut runner = TestRunner::new(config);
    let result = runner.run(&gen::program(), |p| {
        let text = p.render();
        if let Ok(dir) = std::env::var("KILN_DIFF_DUMP") {
            let mut h = DefaultHasher::new();
            text.hash(&mut h);
            let _ = std::fs::write(Path::new(&dir).join(format!("{:016x}.py", h.finish())), &text);
        }
        check(&text, &configs).map_err(TestCaseError::fail)
    });
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, minimal)) => {
            let text = minimal.render();
            let path = save_regression(&text);
            panic!(
                "configurations disagree (seed {seed}): {reason}\nminimal program, saved as {path}:\n\
                 ----\n{text}----"
            );
        }
        Err(e) => panic!("differential test aborted: {e}"),
    }
}
