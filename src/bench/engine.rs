//! Engines: the programs that run a benchmark (`kiln` in each mode, `python3`, `pypy3`,
//! and `native`, the Rust versions of some programs).
//!
//! An engine is either missing as a whole (not installed) or runs programs; `native` may
//! also be missing for one program (it has no Rust version), which is reported the same way.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::native::{self, Build, Native};
use super::program::Program;

/// Kiln's configurations as engines: `kiln` is the default; `kiln:MODE` adds runner flags
/// or environment switches. A new mode is one row here.
pub const KILN_MODES: &[KilnMode] = &[
    KilnMode {
        name: "kiln",
        flags: &[],
        env: &[],
        what: "the runner's default configuration (the Cranelift JIT, trace regions)",
    },
    KilnMode {
        name: "kiln:interp",
        flags: &["--jit", "off"],
        env: &[],
        what: "the interpreter alone (--jit off)",
    },
    KilnMode {
        name: "kiln:trace",
        flags: &["--jit", "on", "--regions", "trace"],
        env: &[],
        what: "the JIT with trace regions: loops traced through calls, callees inlined",
    },
    KilnMode {
        name: "kiln:loop",
        flags: &["--jit", "on", "--regions", "loop"],
        env: &[],
        what: "the JIT with loop regions: one loop of one frame, calls not inlined",
    },
    KilnMode {
        name: "kiln:frame",
        flags: &["--jit", "on", "--regions", "frame"],
        env: &[],
        what: "the JIT with frame regions: function bodies (and loops), never inlining",
    },
    KilnMode {
        name: "kiln:nofastloop",
        flags: &["--jit", "off"],
        env: &[("KILN_FAST_LOOP", "0")],
        what: "the interpreter without its fast loop (full dispatcher only)",
    },
    KilnMode {
        name: "kiln:ir",
        flags: &["--jit", "ir"],
        env: &[],
        what: "hot loops run as optimized regions by the region-IR executor (--jit ir)",
    },
    KilnMode {
        name: "kiln:profiling",
        flags: &["--jit", "off"],
        env: &[("KILN_PROFILE", "1")],
        what: "the interpreter with the optimizer's profiling counters on (back-edges, entries)",
    },
];

/// One row of [`KILN_MODES`].
pub struct KilnMode {
    pub name: &'static str,
    pub flags: &'static [&'static str],
    pub env: &'static [(&'static str, &'static str)],
    pub what: &'static str,
}

/// Python engines looked up on `PATH`.
pub const PYTHONS: &[&str] = &["python3", "pypy3"];

/// The engine that runs `benches/native/PROGRAM.rs` compiled by `rustc` (see [`native`]).
/// Opt-in: not one of the defaults.
pub const NATIVE: &str = "native";

/// The engine every ratio is relative to.
pub const REFERENCE: &str = "python3";

pub const DEFAULT_ENGINES: &str = "kiln,python3,pypy3";

/// A resolved engine: how to start it, or why it is missing.
#[derive(Clone, Debug)]
pub struct Engine {
    pub name: String,
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub describe: String,
    pub missing: Option<String>,
    /// The `native` engine's compiler and builds; `None` for the interpreters.
    pub native: Option<Native>,
}

impl Engine {
    /// Whether the engine is installed at all.
    pub fn available(&self) -> bool {
        self.missing.is_none()
    }

    /// Why the engine is missing for `program`: not installed, or (`native`) no Rust
    /// version of it. A missing engine is reported, never failed.
    pub fn missing_for(&self, program: &Program) -> Option<String> {
        if let Some(why) = &self.missing {
            return Some(why.clone());
        }
        match self.native.as_ref().and_then(|n| n.get(&program.name)) {
            Some(Build::NoSource(path)) => Some(format!("no {}", path.display())),
            _ => None,
        }
    }

    /// Whether the engine runs `program` (a failed build still runs: it fails).
    pub fn runs(&self, program: &Program) -> bool {
        self.missing_for(program).is_none()
    }

    /// The command that runs `program` with `args`; `Err` when there is none because the
    /// native version did not compile (or was not prepared).
    pub fn command(&self, program: &Program, args: &[String]) -> Result<Command, String> {
        let mut cmd = match &self.native {
            None => {
                let mut cmd = Command::new(&self.argv[0]);
                cmd.args(&self.argv[1..]).arg(&program.path);
                cmd
            }
            Some(native) => match native.get(&program.name) {
                Some(Build::Binary(binary)) => Command::new(binary),
                Some(Build::Failed(why)) => return Err(why.clone()),
                Some(Build::NoSource(path)) => return Err(format!("no {}", path.display())),
                None => return Err(format!("{} was not compiled", program.name)),
            },
        };
        cmd.args(args);
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        Ok(cmd)
    }

    /// Gets the engine ready to run `programs`, before anything is timed: `native`
    /// compiles them (progress lines go to `log`); the interpreters need nothing.
    pub fn prepare(&mut self, programs: &[Program], log: &dyn Fn(String)) {
        let Some(native) = &mut self.native else { return };
        let names: Vec<&str> = programs.iter().map(|p| p.name.as_str()).collect();
        native.prepare(&names, log);
        self.describe = format!(
            "{}, rustc {} on {} ({} of {} programs have one)",
            native.version,
            native::RUSTC_FLAGS.join(" "),
            native.source("PROGRAM").display(),
            native.with_source(),
            programs.len()
        );
    }

    fn missing(name: &str, why: String) -> Engine {
        Engine {
            name: name.to_string(),
            argv: Vec::new(),
            env: Vec::new(),
            describe: String::new(),
            missing: Some(why),
            native: None,
        }
    }
}

/// All engine names `--engines` accepts.
pub fn known_names() -> Vec<&'static str> {
    KILN_MODES.iter().map(|m| m.name).chain(PYTHONS.iter().copied()).chain([NATIVE, "kiln@PATH"]).collect()
}

/// Resolves engine names; `kiln` is the binary at `kiln_exe`, `native` finds its sources
/// beside `programs_dir`. Unknown names are errors, engines that are not installed come back
/// with `missing` set. Nothing is compiled yet: see [`Engine::prepare`].
pub fn resolve(names: &[String], kiln_exe: &Path, programs_dir: &Path) -> Result<Vec<Engine>, String> {
    let mut out = Vec::new();
    for name in names {
        if out.iter().any(|e: &Engine| &e.name == name) {
            continue;
        }
        if let Some(path) = name.strip_prefix("kiln@") {
            // Another build of Kiln, for comparing two builds in one run.
            let p = Path::new(path);
            if p.is_file() {
                let argv = vec![p.display().to_string(), "run".to_string()];
                let describe = format!("{} (another build)", p.display());
                out.push(Engine {
                    name: name.clone(),
                    argv,
                    env: Vec::new(),
                    describe,
                    missing: None,
                    native: None,
                });
            } else {
                out.push(Engine::missing(name, format!("no kiln binary at {path}")));
            }
        } else if let Some(mode) = KILN_MODES.iter().find(|m| m.name == name) {
            let mut argv = vec![kiln_exe.display().to_string(), "run".to_string()];
            argv.extend(mode.flags.iter().map(|f| f.to_string()));
            let env = mode.env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            let describe = format!("{} ({})", kiln_exe.display(), mode.what);
            out.push(Engine { name: name.clone(), argv, env, describe, missing: None, native: None });
        } else if PYTHONS.contains(&name.as_str()) {
            out.push(resolve_python(name));
        } else if name == NATIVE {
            out.push(resolve_native(kiln_exe, programs_dir));
        } else {
            return Err(format!("unknown engine '{name}' (known: {})", known_names().join(", ")));
        }
    }
    Ok(out)
}

/// Finds a Python on `PATH` and asks it for `sys.executable`, so that launcher shims
/// (pyenv) do not add their start-up time to every run.
fn resolve_python(name: &str) -> Engine {
    let Some(found) = find_on_path(name) else {
        return Engine::missing(name, format!("{name} not found on PATH"));
    };
    let probe = "import sys, platform; print(sys.executable); \
                 print(platform.python_implementation(), platform.python_version())";
    let out = match Command::new(&found).args(["-c", probe]).output() {
        Ok(o) if o.status.success() => o,
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            return Engine::missing(name, format!("{name} failed to start: {}", err.trim()));
        }
        Err(e) => return Engine::missing(name, format!("{name} failed to start: {e}")),
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let exe = lines.next().map(PathBuf::from).filter(|p| p.is_file()).unwrap_or(found);
    let version = lines.next().unwrap_or("?").to_string();
    Engine {
        name: name.to_string(),
        argv: vec![exe.display().to_string()],
        env: Vec::new(),
        describe: format!("{version} ({})", exe.display()),
        missing: None,
        native: None,
    }
}

/// `native`: missing without a working `rustc` on `PATH`. Binaries go to `bench-native/`
/// beside the kiln binary (`target/release/bench-native/`).
fn resolve_native(kiln_exe: &Path, programs_dir: &Path) -> Engine {
    let (rustc, version) = match native::find_rustc() {
        Ok(found) => found,
        Err(why) => return Engine::missing(NATIVE, why),
    };
    let out = kiln_exe.parent().unwrap_or(Path::new(".")).join("bench-native");
    let sources = native::sources_beside(programs_dir);
    let describe = format!("{version} on {}", sources.display());
    Engine {
        name: NATIVE.to_string(),
        argv: Vec::new(),
        env: Vec::new(),
        describe,
        missing: None,
        native: Some(Native::new(rustc, version, sources, out)),
    }
}

/// The first file named `name` in a directory of `PATH`.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiln_modes_resolve_to_the_given_binary_and_unknown_names_are_errors() {
        let names = vec!["kiln".to_string(), "kiln:nofastloop".to_string(), "kiln".to_string()];
        let engines = resolve(&names, Path::new("/x/kiln"), Path::new("p")).unwrap();
        assert_eq!(engines.len(), 2, "duplicates are dropped");
        assert_eq!(engines[0].argv, ["/x/kiln", "run"]);
        assert_eq!(engines[1].env, [("KILN_FAST_LOOP".to_string(), "0".to_string())]);
        let other = resolve(&["kiln@/no/such/kiln".to_string()], Path::new("k"), Path::new("p")).unwrap();
        assert_eq!(other[0].missing.as_deref(), Some("no kiln binary at /no/such/kiln"));
        let err = resolve(&["cpython".to_string()], Path::new("k"), Path::new("p")).unwrap_err();
        assert!(err.contains("unknown engine 'cpython'") && err.contains("pypy3, native"), "{err}");
    }

    #[test]
    fn native_runs_its_binary_and_is_missing_for_programs_without_a_source() {
        let names = vec![NATIVE.to_string()];
        // Nothing is compiled here, so nothing is written beside the (imaginary) kiln binary.
        let mut engines =
            resolve(&names, Path::new("/nowhere/kiln"), Path::new("/nowhere/programs")).unwrap();
        let native = &mut engines[0];
        if !native.available() {
            return; // no rustc on PATH
        }
        let program = |name: &str| Program {
            name: name.to_string(),
            path: PathBuf::from(format!("/nowhere/programs/{name}.py")),
            args: Vec::new(),
            half: None,
            check: Vec::new(),
            summary: String::new(),
        };
        let fib = program("fib");
        native.prepare(std::slice::from_ref(&fib), &|_| {});
        assert_eq!(native.missing_for(&fib).as_deref(), Some("no /nowhere/native/fib.rs"));
        assert!(!native.runs(&fib));
        assert!(native.command(&program("nbody"), &[]).unwrap_err().contains("not compiled"));
        assert!(native.describe.contains("(0 of 1 programs have one)"), "{}", native.describe);
    }
}
