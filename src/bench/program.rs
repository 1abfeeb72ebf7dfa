//! Benchmark programs: discovery in a directory and the metadata in their headers.
//!
//! A program is any `*.py` file whose header (the leading comment block) has the three
//! lines
//!
//! ```text
//! # bench-args: 500000      default workload (CPython 3.11 takes 1-5 s)
//! # bench-half: 250000      about half the default work (steady-state runs)
//! # bench-check: 1000       a tiny workload for `kiln bench --check`
//! ```
//!
//! Files without a `bench-args` line are not benchmarks and are skipped.

use std::path::{Path, PathBuf};

/// One benchmark program and its workloads (each a list of command-line arguments).
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub args: Vec<String>,
    pub half: Option<Vec<String>>,
    pub check: Vec<String>,
    /// The first line of the header comment, for the README and the report.
    pub summary: String,
}

/// Parses the header of one program. `Ok(None)` if it is not a benchmark.
pub fn parse_header(name: &str, path: &Path, source: &str) -> Result<Option<Program>, String> {
    let mut args = None;
    let mut half = None;
    let mut check = None;
    let mut summary = String::new();
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix('#') else { break };
        let comment = comment.trim();
        let split = |rest: &str| rest.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        if let Some(rest) = comment.strip_prefix("bench-args:") {
            args = Some(split(rest));
        } else if let Some(rest) = comment.strip_prefix("bench-half:") {
            half = Some(split(rest));
        } else if let Some(rest) = comment.strip_prefix("bench-check:") {
            check = Some(split(rest));
        } else if comment.starts_with("bench-") {
            let key = comment.split(':').next().unwrap_or(comment);
            return Err(format!("{}: unknown header key '{key}'", path.display()));
        } else if summary.is_empty() && !comment.is_empty() && !comment.starts_with('!') {
            summary = comment.to_string();
        }
    }
    let Some(args) = args else { return Ok(None) };
    let check = check.ok_or_else(|| format!("{}: has bench-args but no bench-check line", path.display()))?;
    Ok(Some(Program { name: name.to_string(), path: path.to_path_buf(), args, half, check, summary }))
}

/// All benchmark programs in `dir`, sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(str::to_string) else { continue };
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if let Some(p) = parse_header(&name, &path, &source)? {
            out.push(p);
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Option<Program>, String> {
        parse_header("p", Path::new("p.py"), src)
    }

    #[test]
    fn header_lines_become_workloads() {
        let p = parse("# N-body.\n# Usage: p.py [N]\n# bench-args: 9 5\n# bench-half: 9 2\n# bench-check: 6 1\nimport sys\n# bench-args: 1\n")
            .unwrap()
            .unwrap();
        assert_eq!(p.args, ["9", "5"]);
        assert_eq!(p.half.as_deref(), Some(&["9".to_string(), "2".to_string()][..]));
        assert_eq!(p.check, ["6", "1"]);
        assert_eq!(p.summary, "N-body.");
    }

    #[test]
    fn files_without_bench_args_are_skipped_and_bad_headers_are_errors() {
        assert_eq!(parse("# helper module\nx = 1\n").unwrap(), None);
        assert!(parse("# bench-args: 1\n").unwrap_err().contains("no bench-check"));
        assert!(parse("# bench-args: 1\n# bench-chek: 1\n").unwrap_err().contains("bench-chek"));
        let p = parse("#!/usr/bin/env python3\n\n# bench-args:\n# bench-check: 2\n").unwrap().unwrap();
        assert!(p.args.is_empty() && p.half.is_none());
        assert_eq!(p.summary, "");
    }
}
