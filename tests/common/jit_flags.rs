//! The optimizer configurations that the program corpus and the differential tests both
//! run: the region-IR executor (`--jit ir`) and the Cranelift JIT (`--jit on`), each with
//! every region shape at the default thresholds and with every threshold 1 under GC
//! stress, plus the JIT failing guards at random (forcing deopts everywhere).

/// One optimizer configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JitConfig {
    /// `ir` (the region-IR executor) or `on` (Cranelift).
    pub engine: &'static str,
    /// The region shape: `loop`, `trace` or `frame`.
    pub shape: &'static str,
    /// Every loop, function and exit hot at once, under GC stress.
    pub hot: bool,
    /// Compiled code fails about one guard in three on purpose (with `hot`).
    pub chaos: bool,
}

const fn cfg(engine: &'static str, shape: &'static str, hot: bool, chaos: bool) -> JitConfig {
    JitConfig { engine, shape, hot, chaos }
}

/// Every configuration, in the order reports list them.
pub const JIT_CONFIGS: &[JitConfig] = &[
    cfg("ir", "loop", false, false),
    cfg("ir", "loop", true, false),
    cfg("ir", "trace", false, false),
    cfg("ir", "trace", true, false),
    cfg("ir", "frame", false, false),
    cfg("ir", "frame", true, false),
    cfg("on", "loop", false, false),
    cfg("on", "loop", true, false),
    cfg("on", "trace", false, false),
    cfg("on", "trace", true, false),
    cfg("on", "frame", false, false),
    cfg("on", "frame", true, false),
    cfg("on", "trace", true, true),
    cfg("on", "frame", true, true),
];

impl JitConfig {
    /// A name for reports: `ir-loop`, `native-trace-hot1-gc-stress`, `native-trace-chaos`.
    pub fn name(&self) -> String {
        let engine = if self.engine == "on" { "native" } else { "ir" };
        let mut s = format!("{engine}-{}", self.shape);
        if self.chaos {
            s.push_str("-chaos");
        }
        if self.hot {
            s.push_str("-hot1-gc-stress");
        }
        s
    }

    /// Whether it runs with `KILN_GC_STRESS=1`.
    pub fn gc_stress(&self) -> bool {
        self.hot
    }

    /// `kiln run` flags.
    pub fn flags(&self) -> Vec<&'static str> {
        let mut flags = vec!["--jit", self.engine, "--regions", self.shape];
        if self.hot {
            for p in ["hot_loop=1", "hot_func=1", "hot_exit=1"] {
                flags.extend(["--jit-param", p]);
            }
        }
        if self.chaos {
            flags.extend(["--jit-param", "chaos=3"]);
        }
        flags
    }
}
