//! Summaries of the measurements: medians, ratios to the reference engine, geometric
//! means, and the Markdown and CSV renderings.

use super::engine::REFERENCE;

/// Everything measured for one engine on one program.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Wall times of the counted runs at the default size, in seconds.
    pub times: Vec<f64>,
    /// Wall times of the counted runs at the half size (steady-state mode only).
    pub half_times: Vec<f64>,
    pub peak_rss_kib: u64,
    /// Why this engine's row failed (a failed row has no time).
    pub failure: Option<String>,
    pub missing: bool,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.failure.is_none() && !self.missing && !self.times.is_empty()
    }

    pub fn median(&self) -> Option<f64> {
        if self.ok() {
            median(&self.times)
        } else {
            None
        }
    }

    /// Seconds for the extra work of the default size over the half size: start-up, and
    /// warm-up that both sizes share, cancel out.
    pub fn steady_delta(&self) -> Option<f64> {
        let (full, half) = (self.median()?, median(&self.half_times)?);
        Some(full - half)
    }
}

/// One program's row: its arguments and one outcome per engine (in engine order).
#[derive(Clone, Debug)]
pub struct Row {
    pub program: String,
    pub args: Vec<String>,
    pub half_args: Option<Vec<String>>,
    pub outcomes: Vec<(String, Outcome)>,
}

impl Row {
    pub fn outcome(&self, engine: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|(n, _)| n == engine).map(|(_, o)| o)
    }

    /// Median time of `engine` over the reference's median.
    pub fn ratio(&self, engine: &str) -> Option<f64> {
        let r = self.outcome(REFERENCE)?.median()?;
        Some(self.outcome(engine)?.median()? / r)
    }

    /// The steady-state ratio: the engine's extra time for the extra work over the
    /// reference's. `None` unless both deltas are positive.
    pub fn steady_ratio(&self, engine: &str) -> Option<f64> {
        let r = self.outcome(REFERENCE)?.steady_delta()?;
        let e = self.outcome(engine)?.steady_delta()?;
        (r > 0.0 && e > 0.0).then(|| e / r)
    }

    pub fn failed(&self) -> bool {
        self.outcomes.iter().any(|(_, o)| o.failure.is_some())
    }
}

pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 })
}

pub fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() || xs.iter().any(|&x| x <= 0.0) {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

fn fmt_opt(x: Option<f64>, digits: usize) -> String {
    x.map_or("—".to_string(), |x| format!("{x:.digits$}"))
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn cell_status(o: &Outcome) -> Option<String> {
    if o.missing {
        Some("missing".to_string())
    } else if o.failure.is_some() {
        Some("FAILED".to_string())
    } else {
        None
    }
}

/// Engines that get a ratio column: every engine but the reference.
fn ratio_engines(engines: &[String]) -> Vec<&String> {
    engines.iter().filter(|e| e.as_str() != REFERENCE).collect()
}

/// The Markdown report: the ratio table (with geometric means), then the times table.
pub fn markdown(rows: &[Row], engines: &[String], steady: bool) -> String {
    let mut s = String::new();
    let others = ratio_engines(engines);
    let mut header = vec!["program".to_string()];
    for e in &others {
        header.push(format!("{e}/{REFERENCE}"));
        if steady {
            header.push(format!("{e}/{REFERENCE} steady"));
        }
    }
    header.push("status".to_string());
    s.push_str(&format!("| {} |\n", header.join(" | ")));
    s.push_str(&format!("|---|{}---|\n", "---:|".repeat(header.len() - 2)));
    let mut sums: Vec<Vec<f64>> = vec![Vec::new(); header.len()];
    for row in rows {
        let mut cells = vec![row.program.clone()];
        for e in &others {
            let o = row.outcome(e);
            let r = row.ratio(e);
            if let Some(r) = r {
                sums[cells.len()].push(r);
            }
            cells.push(match (r, o.and_then(cell_status)) {
                (Some(r), _) => format!("{r:.2}"),
                (None, Some(st)) => st,
                (None, None) => "—".to_string(),
            });
            if steady {
                let r = row.steady_ratio(e);
                if let Some(r) = r {
                    sums[cells.len()].push(r);
                }
                cells.push(fmt_opt(r, 2));
            }
        }
        let problems: Vec<String> = row
            .outcomes
            .iter()
            .filter_map(|(n, o)| o.failure.as_ref().map(|f| format!("{n}: {f}")))
            .collect();
        cells.push(if problems.is_empty() {
            "ok".to_string()
        } else {
            format!("FAILED — {}", problems.join("; "))
        });
        s.push_str(&format!("| {} |\n", cells.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | ")));
    }
    let mut cells = vec!["**geometric mean**".to_string()];
    for col in sums.iter().take(header.len() - 1).skip(1) {
        cells.push(geomean(col).map_or("—".to_string(), |g| format!("**{g:.2}** (n={})", col.len())));
    }
    cells.push(String::new());
    s.push_str(&format!("| {} |\n", cells.join(" | ")));

    s.push('\n');
    let mut header = vec!["program".to_string(), "args".to_string()];
    for e in engines {
        header.push(format!("{e} median s (min–max)"));
        header.push(format!("{e} peak RSS MiB"));
        if steady {
            header.push(format!("{e} steady Δs"));
        }
    }
    s.push_str(&format!("| {} |\n", header.join(" | ")));
    s.push_str(&format!("|---|---|{}\n", "---:|".repeat(header.len() - 2)));
    for row in rows {
        let mut args = row.args.join(" ");
        if let (true, Some(h)) = (steady, &row.half_args) {
            args = format!("{args} (half: {})", h.join(" "));
        }
        let mut cells = vec![row.program.clone(), args];
        for e in engines {
            let Some(o) = row.outcome(e) else { continue };
            match (o.median(), cell_status(o)) {
                (Some(m), _) => {
                    let lo = o.times.iter().copied().fold(f64::INFINITY, f64::min);
                    let hi = o.times.iter().copied().fold(0.0, f64::max);
                    cells.push(format!("{m:.3} ({lo:.3}–{hi:.3})"));
                    cells.push(format!("{:.1}", o.peak_rss_kib as f64 / 1024.0));
                }
                (None, st) => {
                    cells.push(st.unwrap_or_else(|| "—".to_string()));
                    cells.push("—".to_string());
                }
            }
            if steady {
                cells.push(fmt_opt(o.steady_delta(), 3));
            }
        }
        s.push_str(&format!("| {} |\n", cells.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | ")));
    }
    s
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV line per (program, engine), with every run's time, for analysis elsewhere.
pub fn csv(rows: &[Row]) -> String {
    let mut s = String::from(
        "program,args,engine,status,runs,median_s,min_s,max_s,peak_rss_mib,ratio_to_python3,\
         half_args,half_median_s,steady_delta_s,steady_ratio_to_python3,times_s,failure\n",
    );
    for row in rows {
        for (engine, o) in &row.outcomes {
            let status = if o.missing {
                "missing"
            } else if o.failure.is_some() {
                "failed"
            } else {
                "ok"
            };
            let num = |x: Option<f64>| x.map_or(String::new(), |x| format!("{x:.6}"));
            let lo = o.ok().then(|| o.times.iter().copied().fold(f64::INFINITY, f64::min));
            let hi = o.ok().then(|| o.times.iter().copied().fold(0.0, f64::max));
            let rss = o.ok().then(|| o.peak_rss_kib as f64 / 1024.0);
            let times: Vec<String> = o.times.iter().map(|t| format!("{t:.6}")).collect();
            let fields = [
                csv_field(&row.program),
                csv_field(&row.args.join(" ")),
                csv_field(engine),
                status.to_string(),
                o.times.len().to_string(),
                num(o.median()),
                num(lo),
                num(hi),
                num(rss),
                num(row.ratio(engine)),
                csv_field(&row.half_args.as_ref().map(|h| h.join(" ")).unwrap_or_default()),
                num(if o.ok() { median(&o.half_times) } else { None }),
                num(o.steady_delta()),
                num(row.steady_ratio(engine)),
                csv_field(&times.join(" ")),
                csv_field(o.failure.as_deref().unwrap_or("")),
            ];
            s.push_str(&fields.join(","));
            s.push('\n');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(times: &[f64], half: &[f64]) -> Outcome {
        Outcome { times: times.to_vec(), half_times: half.to_vec(), peak_rss_kib: 2048, ..Default::default() }
    }

    fn rows() -> Vec<Row> {
        let failed = Outcome { failure: Some("output differs, a|b".to_string()), ..Default::default() };
        let missing = Outcome { missing: true, ..Default::default() };
        vec![
            Row {
                program: "a".to_string(),
                args: vec!["10".to_string()],
                half_args: Some(vec!["5".to_string()]),
                outcomes: vec![
                    ("kiln".to_string(), outcome(&[1.0, 3.0, 2.0], &[1.5])),
                    ("python3".to_string(), outcome(&[4.0, 4.0, 4.0], &[2.5])),
                    ("pypy3".to_string(), missing.clone()),
                ],
            },
            Row {
                program: "b".to_string(),
                args: vec![],
                half_args: None,
                outcomes: vec![
                    ("kiln".to_string(), failed),
                    ("python3".to_string(), outcome(&[2.0], &[])),
                    ("pypy3".to_string(), missing),
                ],
            },
        ]
    }

    #[test]
    fn statistics() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        assert!((geomean(&[1.0, 4.0]).unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(geomean(&[]), None);
        let r = &rows()[0];
        assert_eq!(r.ratio("kiln"), Some(0.5));
        // Steady state: kiln 2.0 - 1.5 = 0.5 s, python3 4.0 - 2.5 = 1.5 s.
        assert!((r.steady_ratio("kiln").unwrap() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.ratio("pypy3"), None);
        assert_eq!(rows()[1].ratio("kiln"), None, "a failed row has no ratio");
    }

    #[test]
    fn markdown_marks_failed_and_missing_engines_and_averages_only_real_ratios() {
        let names: Vec<String> = ["kiln", "python3", "pypy3"].iter().map(|s| s.to_string()).collect();
        let md = markdown(&rows(), &names, true);
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(lines[0], "| program | kiln/python3 | kiln/python3 steady | pypy3/python3 | pypy3/python3 steady | status |");
        assert_eq!(lines[2], "| a | 0.50 | 0.33 | missing | — | ok |");
        assert_eq!(lines[3], "| b | FAILED | — | missing | — | FAILED — kiln: output differs, a\\|b |");
        assert_eq!(lines[4], "| **geometric mean** | **0.50** (n=1) | **0.33** (n=1) | — | — |  |");
        assert!(
            md.contains("| a | 10 (half: 5) | 2.000 (1.000–3.000) | 2.0 | 0.500 | 4.000 (4.000–4.000) |"),
            "{md}"
        );
    }

    #[test]
    fn csv_has_one_line_per_program_and_engine() {
        let text = csv(&rows());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 7);
        assert!(lines[1]
            .starts_with("a,10,kiln,ok,3,2.000000,1.000000,3.000000,2.000000,0.500000,5,1.500000,0.500000,"));
        assert!(lines[3].starts_with("a,10,pypy3,missing,0,"));
        assert!(lines[4].ends_with(",\"output differs, a|b\""), "{}", lines[4]);
    }
}
