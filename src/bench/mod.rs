//! `kiln bench`: the benchmark harness. Runs chosen engines on chosen programs from
//! `benches/programs/`, interleaved run by run, checks that every engine printed the same
//! output, and reports median/min/max wall time, peak RSS and the ratio to `python3`
//! (Markdown, CSV and an SVG chart under `benches/results/`). `--steady` also runs each
//! program at half its workload and reports the steady-state ratio from the difference.
//! `--check` runs every program once at its tiny size and compares outputs only.
//! The `native` engine runs Rust versions of some programs (`benches/native/`).
//! Methodology: `benches/README.md`.

mod chart;
mod engine;
mod measure;
mod native;
mod program;
mod report;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use engine::{Engine, REFERENCE};
use measure::{run_once, RunResult};
use program::Program;
use report::{Outcome, Row};

pub const USAGE: &str = "\
Usage: kiln bench [OPTIONS] [PROGRAM...]

Runs the benchmark programs (all of them, or the ones named) on every engine,
interleaved run by run, and writes a Markdown table, a CSV file and an SVG chart
of the time ratios to python3 under the results directory.

Options:
  --engines LIST     comma-separated engines (default kiln,python3,pypy3); known:
                     ENGINES
                     (native: the Rust versions in benches/native/, compiled
                     with rustc -C opt-level=3; missing for programs without one)
  --runs N           counted runs per engine and program (default 3)
  --warmup N         uncounted warm-up runs before them (default 1)
  --steady           also run each program at its half workload (bench-half) and
                     report the steady-state ratio: (t_default - t_half) of the
                     engine over that of python3; start-up and warm-up cancel out
  --args PROG=ARGS   run PROG with ARGS instead of its bench-args (repeatable)
  --check            run every program once at its tiny size (bench-check) on every
                     engine and compare outputs only; exit 1 on any mismatch
  --dir DIR          the programs directory (default benches/programs)
  --out DIR          the results directory (default: results/ beside DIR)
  --name NAME        base name of the result files (default bench-DATE-TIME)
  --timeout SECONDS  kill a run after this long (default 600)
  --list             list the programs with their workloads and exit

Exit status: 0 when every engine agreed on every program, 1 when a run failed
or printed a different output, 2 on bad usage.
";

#[derive(Debug)]
struct Options {
    engines: Vec<String>,
    runs: usize,
    warmup: usize,
    steady: bool,
    check: bool,
    list: bool,
    args: HashMap<String, Vec<String>>,
    programs: Vec<String>,
    dir: Option<PathBuf>,
    out: Option<PathBuf>,
    name: Option<String>,
    timeout: Duration,
}

fn usage_text() -> String {
    USAGE.replace("ENGINES", &engine::known_names().join(", "))
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        engines: split_list(engine::DEFAULT_ENGINES),
        runs: 3,
        warmup: 1,
        steady: false,
        check: false,
        list: false,
        args: HashMap::new(),
        programs: Vec::new(),
        dir: None,
        out: None,
        name: None,
        timeout: Duration::from_secs(600),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") && f != "--args" => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            inline.clone().or_else(|| it.next().cloned()).ok_or_else(|| format!("{flag} needs {what}"))
        };
        let number = |s: String, min: usize| -> Result<usize, String> {
            match s.parse::<usize>() {
                Ok(n) if n >= min => Ok(n),
                _ => Err(format!("{flag}: expected a whole number of at least {min}, got '{s}'")),
            }
        };
        match flag {
            "--engines" => o.engines = split_list(&value("a list of engines")?),
            "--runs" => o.runs = number(value("a number")?, 1)?,
            "--warmup" => o.warmup = number(value("a number")?, 0)?,
            "--steady" => o.steady = true,
            "--check" => o.check = true,
            "--list" => o.list = true,
            "--args" => {
                let spec = value("PROG=ARGS")?;
                let (prog, rest) = spec
                    .split_once('=')
                    .ok_or_else(|| format!("--args: expected PROG=ARGS, got '{spec}'"))?;
                o.args.insert(prog.to_string(), rest.split_whitespace().map(str::to_string).collect());
            }
            "--dir" => o.dir = Some(PathBuf::from(value("a directory")?)),
            "--out" => o.out = Some(PathBuf::from(value("a directory")?)),
            "--name" => o.name = Some(value("a name")?),
            "--timeout" => {
                let s = value("seconds")?;
                match s.parse::<f64>() {
                    Ok(t) if t > 0.0 && t.is_finite() => o.timeout = Duration::from_secs_f64(t),
                    _ => return Err(format!("--timeout: expected a positive number of seconds, got '{s}'")),
                }
            }
            f if f.starts_with('-') => return Err(format!("unknown option '{f}'")),
            _ => o.programs.push(a.clone()),
        }
    }
    if o.engines.is_empty() {
        return Err("--engines: no engine given".to_string());
    }
    Ok(o)
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// The programs directory: `--dir`, else `benches/programs` under the current directory,
/// else the one beside the binary's checkout (`target/release/kiln` -> `benches/programs`).
fn programs_dir(opt: &Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(d) = opt {
        return Ok(d.clone());
    }
    let here = PathBuf::from("benches/programs");
    if here.is_dir() {
        return Ok(here);
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1) {
            let cand = dir.join("benches/programs");
            if cand.is_dir() {
                return Ok(cand);
            }
        }
    }
    Err("cannot find benches/programs; run from the repository root or pass --dir".to_string())
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("kiln bench: {msg}");
    eprintln!("Try 'kiln bench --help' for more information.");
    ExitCode::from(2)
}

/// Entry point of `kiln bench ARGS`.
pub fn cmd_bench(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{}", usage_text());
        return ExitCode::SUCCESS;
    }
    let opts = match parse_options(args) {
        Ok(o) => o,
        Err(e) => return usage_error(&e),
    };
    let dir = match programs_dir(&opts.dir) {
        Ok(d) => d,
        Err(e) => return usage_error(&e),
    };
    let mut programs = match program::discover(&dir) {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    if !opts.programs.is_empty() {
        for name in &opts.programs {
            if !programs.iter().any(|p| &p.name == name) {
                let known: Vec<&str> = programs.iter().map(|p| p.name.as_str()).collect();
                return usage_error(&format!("unknown program '{name}' (known: {})", known.join(", ")));
            }
        }
        programs.retain(|p| opts.programs.contains(&p.name));
    }
    for (name, args) in &opts.args {
        match programs.iter_mut().find(|p| &p.name == name) {
            Some(p) => {
                p.args = args.clone();
                p.check = args.clone();
                p.half = None;
            }
            None => return usage_error(&format!("--args: unknown program '{name}'")),
        }
    }
    if opts.list {
        for p in &programs {
            let half = p.half.as_ref().map_or("—".to_string(), |h| h.join(" "));
            println!(
                "{:<16} args: {:<12} half: {:<12} check: {:<10} {}",
                p.name,
                p.args.join(" "),
                half,
                p.check.join(" "),
                p.summary
            );
        }
        return ExitCode::SUCCESS;
    }
    let kiln = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => return usage_error(&format!("cannot locate the kiln binary: {e}")),
    };
    let mut engines = match engine::resolve(&opts.engines, &kiln, &dir) {
        Ok(e) => e,
        Err(e) => return usage_error(&e),
    };
    for e in &mut engines {
        e.prepare(&programs, &|line| eprintln!("{line}"));
    }
    for e in &engines {
        match &e.missing {
            None => eprintln!("# {}: {}", e.name, e.describe),
            Some(why) => eprintln!("# {}: missing ({why})", e.name),
        }
    }
    if !engines.iter().any(Engine::available) {
        eprintln!("kiln bench: no engine is available");
        return ExitCode::from(1);
    }
    if opts.check {
        return run_check(&programs, &engines, opts.timeout);
    }
    run_bench(&programs, &engines, &opts, &dir)
}

/// The output every engine must print, per workload: the reference's when it ran cleanly,
/// else the first clean output seen.
#[derive(Default)]
struct Expected {
    by_engine: HashMap<String, String>,
}

impl Expected {
    /// Checks one run; returns why it fails, if it does.
    fn check(&mut self, engine: &str, res: &RunResult) -> Option<String> {
        if let Some(p) = res.problem() {
            return Some(p);
        }
        if let Some(prev) = self.by_engine.get(engine) {
            if prev != &res.stdout {
                return Some(format!(
                    "output differs from its own earlier run: {}",
                    first_difference(&res.stdout, prev)
                ));
            }
        }
        self.by_engine.insert(engine.to_string(), res.stdout.clone());
        None
    }

    /// Engines whose output differs from the reference, with the difference.
    fn disagreements(&self) -> Vec<(String, String)> {
        let reference = if self.by_engine.contains_key(REFERENCE) {
            REFERENCE.to_string()
        } else {
            match self.by_engine.keys().min() {
                Some(k) => k.clone(),
                None => return Vec::new(),
            }
        };
        let expected = &self.by_engine[&reference];
        let mut out: Vec<(String, String)> = self
            .by_engine
            .iter()
            .filter(|(_, out)| *out != expected)
            .map(|(e, out)| {
                (e.clone(), format!("output differs from {reference}: {}", first_difference(out, expected)))
            })
            .collect();
        out.sort();
        out
    }
}

fn first_difference(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    for i in 0..la.len().max(lb.len()) {
        let x = la.get(i).copied().unwrap_or("<missing>");
        let y = lb.get(i).copied().unwrap_or("<missing>");
        if x != y {
            let clip = |s: &str| s.chars().take(80).collect::<String>();
            return format!("line {}: {:?} vs {:?}", i + 1, clip(x), clip(y));
        }
    }
    "trailing whitespace differs".to_string()
}

fn run_check(programs: &[Program], engines: &[Engine], timeout: Duration) -> ExitCode {
    let mut failed = 0;
    let mut missing_for_some: Vec<(&str, usize)> = Vec::new();
    for p in programs {
        let mut expected = Expected::default();
        let mut problems = Vec::new();
        let mut timing = Vec::new();
        for e in engines.iter().filter(|e| e.available()) {
            if !e.runs(p) {
                timing.push(format!("{} missing", e.name));
                match missing_for_some.iter_mut().find(|(n, _)| *n == e.name) {
                    Some((_, count)) => *count += 1,
                    None => missing_for_some.push((&e.name, 1)),
                }
                continue;
            }
            match e.command(p, &p.check).and_then(|cmd| run_once(cmd, timeout)) {
                Ok(res) => {
                    timing.push(format!("{} {:.2}s", e.name, res.seconds));
                    if let Some(why) = expected.check(&e.name, &res) {
                        problems.push(format!("{}: {why}", e.name));
                    }
                }
                Err(why) => problems.push(format!("{}: {why}", e.name)),
            }
        }
        problems.extend(expected.disagreements().into_iter().map(|(e, why)| format!("{e}: {why}")));
        let label = format!("{} {}", p.name, p.check.join(" "));
        if !engines.iter().any(|e| e.runs(p)) {
            println!("n/a  {label:<28} ({})", timing.join(", "));
        } else if problems.is_empty() {
            println!("ok   {label:<28} ({})", timing.join(", "));
        } else {
            failed += 1;
            println!("FAIL {label:<28} ({})", timing.join(", "));
            for why in problems {
                println!("     {why}");
            }
        }
    }
    let mut missing: Vec<String> =
        engines.iter().filter(|e| !e.available()).map(|e| e.name.clone()).collect();
    let count = programs.len();
    missing.extend(missing_for_some.iter().map(|(n, some)| format!("{n} (for {some} of {count} programs)")));
    let note = if missing.is_empty() { String::new() } else { format!("; missing: {}", missing.join(", ")) };
    if failed == 0 {
        println!("check: passed, {} programs{note}", programs.len());
        ExitCode::SUCCESS
    } else {
        println!("check: FAILED, {failed} of {} programs{note}", programs.len());
        ExitCode::from(1)
    }
}

fn run_bench(programs: &[Program], engines: &[Engine], opts: &Options, dir: &Path) -> ExitCode {
    let live = |p: &Program| engines.iter().filter(|e| e.runs(p)).count();
    let sizes = |p: &Program| if opts.steady && p.half.is_some() { 2 } else { 1 };
    let total: usize = programs.iter().map(|p| sizes(p) * live(p) * (opts.warmup + opts.runs)).sum();
    let bar = ProgressBar::new(total as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:32} {pos}/{len} runs  {elapsed_precise} (eta {eta})  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let say = |line: String| {
        if bar.is_hidden() {
            eprintln!("{line}");
        } else {
            bar.println(line);
        }
    };
    let load = load_average();
    if load > 0.5 * cores() as f64 {
        say(format!("# warning: load average {load:.2} on {} cores; timings will be noisy", cores()));
    }
    let mut rows = Vec::new();
    for p in programs {
        let live: Vec<&Engine> = engines.iter().filter(|e| e.runs(p)).collect();
        let mut outcomes: Vec<(String, Outcome)> = engines
            .iter()
            .map(|e| (e.name.clone(), Outcome { missing: !e.runs(p), ..Default::default() }))
            .collect();
        let half = if opts.steady { p.half.clone() } else { None };
        let mut expected_full = Expected::default();
        let mut expected_half = Expected::default();
        for round in 0..opts.warmup + opts.runs {
            let counted = round >= opts.warmup;
            let shift = if live.is_empty() { 0 } else { round % live.len() };
            let order = live[shift..].iter().chain(live[..shift].iter());
            for e in order {
                let slot =
                    &mut outcomes.iter_mut().find(|(n, _)| n == &e.name).expect("engine has an outcome").1;
                let mut work = vec![(&p.args, false)];
                if let Some(h) = &half {
                    work.push((h, true));
                }
                for (args, is_half) in work {
                    bar.set_message(format!("{} {} {}", p.name, e.name, if is_half { "(half)" } else { "" }));
                    if slot.failure.is_some() {
                        bar.inc(1);
                        continue;
                    }
                    let res = e.command(p, args).and_then(|cmd| run_once(cmd, opts.timeout));
                    bar.inc(1);
                    let expected = if is_half { &mut expected_half } else { &mut expected_full };
                    match res {
                        Ok(res) => {
                            if let Some(why) = expected.check(&e.name, &res) {
                                slot.failure = Some(why);
                            } else if counted {
                                if is_half {
                                    slot.half_times.push(res.seconds);
                                } else {
                                    slot.times.push(res.seconds);
                                    slot.peak_rss_kib = slot.peak_rss_kib.max(res.peak_rss_kib);
                                }
                            }
                        }
                        Err(why) => slot.failure = Some(why),
                    }
                }
            }
            for expected in [&expected_full, &expected_half] {
                for (engine, why) in expected.disagreements() {
                    if let Some((_, o)) = outcomes.iter_mut().find(|(n, _)| *n == engine) {
                        if o.failure.is_none() {
                            o.failure = Some(why);
                        }
                    }
                }
            }
        }
        let row = Row { program: p.name.clone(), args: p.args.clone(), half_args: half, outcomes };
        say(summary_line(&row));
        rows.push(row);
    }
    bar.finish_and_clear();
    let names: Vec<String> = engines.iter().map(|e| e.name.clone()).collect();
    let out_dir = opts.out.clone().unwrap_or_else(|| dir.parent().unwrap_or(Path::new(".")).join("results"));
    let base = opts.name.clone().unwrap_or_else(|| format!("bench-{}", timestamp()));
    let md = markdown_report(&rows, engines, opts, &base, load);
    print!("{md}");
    if let Err(e) = write_results(&out_dir, &base, &rows, &names, &md, opts.steady) {
        eprintln!("kiln bench: cannot write results: {e}");
        return ExitCode::from(1);
    }
    eprintln!("# wrote {0}/{1}.md, {0}/{1}.csv and {0}/{1}.svg", out_dir.display(), base);
    if rows.iter().any(Row::failed) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn summary_line(row: &Row) -> String {
    let parts: Vec<String> = row
        .outcomes
        .iter()
        .map(|(n, o)| match (o.median(), &o.failure, o.missing) {
            (_, _, true) => format!("{n} missing"),
            (_, Some(_), _) => format!("{n} FAILED"),
            (Some(m), _, _) => match row.ratio(n) {
                Some(r) if n != REFERENCE => format!("{n} {m:.3}s ({r:.2}x)"),
                _ => format!("{n} {m:.3}s"),
            },
            (None, None, false) => format!("{n} —"),
        })
        .collect();
    format!("{:<16} {}", row.program, parts.join("  "))
}

fn markdown_report(rows: &[Row], engines: &[Engine], opts: &Options, base: &str, load: f64) -> String {
    let names: Vec<String> = engines.iter().map(|e| e.name.clone()).collect();
    let mut s = format!("# Benchmark results: {base}\n\n");
    s.push_str(&format!(
        "Machine: {} {}, {} cores, load average {load:.2} at start. {} warm-up + {} counted runs per \
         engine and program, interleaved, engine order rotated each round. Times are wall-clock \
         medians including process start-up; ratios are to {REFERENCE} (below 1 is faster).\n\n",
        std::env::consts::OS,
        std::env::consts::ARCH,
        cores(),
        opts.warmup,
        opts.runs,
    ));
    for e in engines {
        match &e.missing {
            None => s.push_str(&format!("- `{}`: {}\n", e.name, e.describe)),
            Some(why) => s.push_str(&format!("- `{}`: missing ({why})\n", e.name)),
        }
    }
    s.push('\n');
    s.push_str(&report::markdown(rows, &names, opts.steady));
    s.push_str(&format!("\nChart: `{base}.svg`. Raw runs: `{base}.csv`.\n"));
    s
}

fn write_results(
    dir: &Path,
    base: &str,
    rows: &[Row],
    names: &[String],
    md: &str,
    steady: bool,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join(format!("{base}.md")), md)?;
    std::fs::write(dir.join(format!("{base}.csv")), report::csv(rows))?;
    let title = format!("Time ratio to {REFERENCE} (whole run, median)");
    std::fs::write(dir.join(format!("{base}.svg")), chart::svg(rows, names, &title, &|r, e| r.ratio(e)))?;
    if steady {
        let title = format!("Steady-state time ratio to {REFERENCE} (default minus half workload)");
        let svg = chart::svg(rows, names, &title, &|r, e| r.steady_ratio(e));
        std::fs::write(dir.join(format!("{base}-steady.svg")), svg)?;
    }
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0.0)
}

/// `YYYYMMDD-HHMMSS` in UTC, from the system clock (days-to-civil conversion).
fn timestamp() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = ((secs / 86400) as i64, secs % 86400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}-{:02}{:02}{:02}", rem / 3600, rem / 60 % 60, rem % 60)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// algorithm, written from its description).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(xs: &[&str]) -> Vec<String> {
        xs.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_parse_and_bad_ones_are_errors() {
        let o = parse_options(&strings(&[
            "--runs",
            "5",
            "--warmup=0",
            "--engines",
            "kiln,python3",
            "--args",
            "nbody=10 2",
            "--steady",
            "fib",
        ]))
        .unwrap();
        assert_eq!((o.runs, o.warmup, o.steady), (5, 0, true));
        assert_eq!(o.engines, ["kiln", "python3"]);
        assert_eq!(o.args["nbody"], ["10", "2"]);
        assert_eq!(o.programs, ["fib"]);
        assert!(parse_options(&strings(&["--runs", "0"])).unwrap_err().contains("at least 1"));
        assert!(parse_options(&strings(&["--runs"])).unwrap_err().contains("needs"));
        assert!(parse_options(&strings(&["--frobnicate"])).unwrap_err().contains("unknown option"));
        assert!(parse_options(&strings(&["--args", "nbody"])).unwrap_err().contains("PROG=ARGS"));
        assert!(parse_options(&strings(&["--timeout", "-1"])).is_err());
    }

    #[test]
    fn expected_output_is_the_references_and_changes_are_failures() {
        let run = |out: &str, code| RunResult {
            seconds: 0.1,
            peak_rss_kib: 1,
            exit_code: Some(code),
            signal: None,
            stdout: out.to_string(),
            stderr: "Boom: x\n".to_string(),
            timed_out: false,
        };
        let mut exp = Expected::default();
        assert_eq!(exp.check("python3", &run("1\n2\n", 0)), None);
        assert_eq!(exp.check("kiln", &run("1\n3\n", 0)), None);
        assert_eq!(exp.check("pypy3", &run("1\n2\n", 1)).unwrap(), "exit 1: Boom: x");
        assert_eq!(
            exp.disagreements(),
            [("kiln".to_string(), "output differs from python3: line 2: \"3\" vs \"2\"".to_string())]
        );
        assert!(exp.check("python3", &run("1\n", 0)).unwrap().contains("its own earlier run"));
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_778), (2026, 11, 21));
    }
}
