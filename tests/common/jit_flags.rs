//! The `--jit ir` configurations that the program corpus and the differential tests both
//! run: each region shape at the default thresholds, and with every threshold 1.

/// `kiln run` flags for the region-IR executor with `shape` (`loop`, `trace`, `frame`);
/// `hot` makes every loop, function and exit hot at once.
pub fn ir_flags(shape: &str, hot: bool) -> Vec<&'static str> {
    let shape: &'static str = match shape {
        "loop" => "loop",
        "trace" => "trace",
        _ => "frame",
    };
    let mut flags = vec!["--jit", "ir", "--regions", shape];
    if hot {
        for p in ["hot_loop=1", "hot_func=1", "hot_exit=1"] {
            flags.extend(["--jit-param", p]);
        }
    }
    flags
}
