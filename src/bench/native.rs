//! The `native` engine: idiomatic Rust versions of some of the programs
//! (`benches/native/PROGRAM.rs`, beside the programs directory), compiled with
//! `rustc -C opt-level=3`, to show how far each engine is from native code.
//!
//! Binaries are built once per `kiln bench` invocation, before anything is timed, into
//! `bench-native/` beside the kiln binary (`target/release/bench-native/`; a temporary
//! directory when that is not writable). A binary is named for a hash of its source text, the
//! compiler's version and the flags, so an unchanged program is never compiled twice and an
//! edited one never runs stale. A program without a `.rs` file is missing for this engine
//! (reported like a missing engine, never failed); a source that does not compile fails its
//! rows.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Flags of every compilation, after `rustc`.
pub const RUSTC_FLAGS: &[&str] = &["--edition", "2021", "-C", "opt-level=3"];

/// The native sources that go with a programs directory: `native/` beside it.
pub fn sources_beside(programs_dir: &Path) -> PathBuf {
    programs_dir.parent().unwrap_or(Path::new(".")).join("native")
}

/// What the engine has for one program.
#[derive(Clone, Debug, PartialEq)]
pub enum Build {
    /// The compiled program.
    Binary(PathBuf),
    /// There is no native version: the engine is missing for this program, which is not a failure.
    NoSource(PathBuf),
    /// The source exists but did not compile: the program's row fails with this reason.
    Failed(String),
}

/// The compiler, where sources and binaries live, and what was built.
#[derive(Clone, Debug)]
pub struct Native {
    rustc: PathBuf,
    /// `rustc --version`, for the report.
    pub version: String,
    sources: PathBuf,
    out: PathBuf,
    builds: HashMap<String, Build>,
}

impl Native {
    /// `out` is where binaries go when it can be created; see [`Native::prepare`].
    pub fn new(rustc: PathBuf, version: String, sources: PathBuf, out: PathBuf) -> Native {
        Native { rustc, version, sources, out, builds: HashMap::new() }
    }

    /// The source of `program`: `SOURCES/PROGRAM.rs`.
    pub fn source(&self, program: &str) -> PathBuf {
        self.sources.join(format!("{program}.rs"))
    }

    /// Builds (or finds already built) every program in `programs` that has a source,
    /// reporting each compilation through `log`.
    pub fn prepare(&mut self, programs: &[&str], log: &dyn Fn(String)) {
        let compiles = programs.iter().any(|p| self.source(p).is_file());
        if compiles && std::fs::create_dir_all(&self.out).is_err() {
            self.out = std::env::temp_dir().join("kiln-bench-native");
        }
        for &program in programs {
            let build = self.build(program, log);
            self.builds.insert(program.to_string(), build);
        }
    }

    /// What [`Native::prepare`] made of `program`; `None` if it was not asked to.
    pub fn get(&self, program: &str) -> Option<&Build> {
        self.builds.get(program)
    }

    /// How many of the prepared programs have a native version (built or failed).
    pub fn with_source(&self) -> usize {
        self.builds.values().filter(|b| !matches!(b, Build::NoSource(_))).count()
    }

    fn build(&self, program: &str, log: &dyn Fn(String)) -> Build {
        let source = self.source(program);
        let text = match std::fs::read(&source) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Build::NoSource(source),
            Err(e) => return Build::Failed(format!("cannot read {}: {e}", source.display())),
        };
        let stem = format!("{program}-{:016x}", self.key(&text));
        let binary = self.out.join(&stem);
        if binary.is_file() {
            return Build::Binary(binary);
        }
        if let Err(e) = std::fs::create_dir_all(&self.out) {
            return Build::Failed(format!("cannot create {}: {e}", self.out.display()));
        }
        // Compiled under a name of its own and renamed into place, so that a concurrent
        // `kiln bench` never runs a half-written binary.
        let partial = self.out.join(format!("{stem}.partial{}", std::process::id()));
        let start = Instant::now();
        let out = Command::new(&self.rustc).args(RUSTC_FLAGS).arg("-o").arg(&partial).arg(&source).output();
        let failed = |why: String| {
            let _ = std::fs::remove_file(&partial);
            Build::Failed(format!("rustc {}: {why}", source.display()))
        };
        match out {
            Ok(o) if o.status.success() => {}
            Ok(o) => {
                let stderr = String::from_utf8_lossy(&o.stderr);
                let first = stderr.lines().find(|l| l.starts_with("error")).unwrap_or("failed");
                return failed(first.to_string());
            }
            Err(e) => return failed(e.to_string()),
        }
        if let Err(e) = std::fs::rename(&partial, &binary) {
            return failed(format!("cannot move the binary into place: {e}"));
        }
        log(format!("# native: compiled {} in {:.1} s", source.display(), start.elapsed().as_secs_f64()));
        Build::Binary(binary)
    }

    /// The cache key of a source text: it, the compiler and the flags.
    fn key(&self, text: &[u8]) -> u64 {
        let mut h = DefaultHasher::new();
        (text, &self.version, RUSTC_FLAGS).hash(&mut h);
        h.finish()
    }
}

/// Finds `rustc` on `PATH` and asks for its version; `Err` says why there is none.
pub fn find_rustc() -> Result<(PathBuf, String), String> {
    let rustc = super::engine::find_on_path("rustc").ok_or("rustc not found on PATH")?;
    match Command::new(&rustc).arg("--version").output() {
        Ok(o) if o.status.success() => Ok((rustc, String::from_utf8_lossy(&o.stdout).trim().to_string())),
        Ok(o) => Err(format!("rustc failed to start: {}", String::from_utf8_lossy(&o.stderr).trim())),
        Err(e) => Err(format!("rustc failed to start: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_with_a_source_are_built_once_and_the_others_have_none() {
        let Ok((rustc, version)) = find_rustc() else { return };
        let dir = std::env::temp_dir().join(format!("kiln-native-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("native")).unwrap();
        std::fs::write(dir.join("native/hello.rs"), "fn main() { println!(\"hi\"); }\n").unwrap();
        std::fs::write(dir.join("native/broken.rs"), "fn main() { let x: u8 = \"no\"; }\n").unwrap();
        let sources = sources_beside(&dir.join("programs"));
        assert_eq!(sources, dir.join("native"));
        let mut native = Native::new(rustc, version, sources, dir.join("out"));
        let compiled = std::cell::RefCell::new(Vec::new());
        let log = |line: String| compiled.borrow_mut().push(line);
        native.prepare(&["hello", "absent", "broken"], &log);
        let Some(Build::Binary(bin)) = native.get("hello").cloned() else { panic!("{native:?}") };
        assert_eq!(Command::new(&bin).output().unwrap().stdout, b"hi\n");
        assert_eq!(native.get("absent"), Some(&Build::NoSource(dir.join("native/absent.rs"))));
        let Some(Build::Failed(why)) = native.get("broken") else { panic!("{native:?}") };
        assert!(why.contains("broken.rs: error[E0308]"), "{why}");
        assert_eq!(native.with_source(), 2);
        assert_eq!(compiled.borrow().len(), 1, "{:?}", compiled.borrow());

        native.prepare(&["hello"], &log);
        assert_eq!(compiled.borrow().len(), 1, "an unchanged source is not compiled again");
        std::fs::write(dir.join("native/hello.rs"), "fn main() { println!(\"hello\"); }\n").unwrap();
        native.prepare(&["hello"], &log);
        assert_eq!(compiled.borrow().len(), 2, "an edited one is");
        let Some(Build::Binary(bin)) = native.get("hello").cloned() else { panic!("{native:?}") };
        assert_eq!(Command::new(&bin).output().unwrap().stdout, b"hello\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
