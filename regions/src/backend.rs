//! The seam between the optimizer and a native back end (the Cranelift JIT lives in
//! another crate, `kiln-jit`, which implements [`Backend`]).
//!
//! A back end turns a region that the passes have optimized into native code that runs
//! with exactly the semantics of the region-IR executor ([`crate::exec`]): it reads the
//! entry frame's slots, and leaves through the same snapshots, written back by
//! [`crate::exec::write_back`].

use kiln_vm::vm::{PyResult, Vm};

use crate::exec::{Compiled, ExecStats, Ran};

/// What a region is, for the back end's names and logs.
#[derive(Clone, Debug)]
pub struct RegionInfo {
    /// The region's name (`trace3`, `loop1`, `frame0`, `bridge2`).
    pub name: String,
    /// The Python functions it covers, entry first (`nbody.py:advance`), then the ones
    /// inlined into it.
    pub functions: Vec<String>,
    /// For a bridge: the compiled loops of the same code whose header its `exit` may
    /// reach, the one it was grown from first. A bridge whose `exit` ends at one can be
    /// linked into its parent and continue into that loop without leaving native code.
    pub join: Vec<JoinPoint>,
    /// It is a bridge (its exits get no link slots).
    pub bridge: bool,
}

/// A compiled loop a bridge may continue into.
#[derive(Clone, Debug)]
pub struct JoinPoint {
    /// The loop header's pc.
    pub pc: u32,
    /// The frame height there.
    pub height: usize,
    /// The loop region's native id ([`NativeCode::id`]).
    pub id: u64,
    /// Its native entry ([`NativeCode::entry_address`]).
    pub entry: usize,
    /// The locals it was recorded with unbound ([`crate::exec::Compiled::unbound`]): an
    /// exit that binds one of them may not join it natively (the loop would not carry
    /// the value, and would unbind it at its exits).
    pub unbound: Vec<u32>,
    /// The locals it relies on being bound ([`crate::exec::Compiled::bound`]).
    pub bound: Vec<u32>,
}

/// Native code for one region.
pub trait NativeCode {
    /// Runs the region on the top frame of `vm`, like [`crate::exec::execute_region`].
    fn run(&self, vm: &mut Vm, c: &Compiled, stats: &mut ExecStats) -> PyResult<Ran>;

    /// Time spent compiling it, in microseconds.
    fn compile_micros(&self) -> u64;

    /// Size of its machine code, in bytes.
    fn code_size(&self) -> usize;

    /// Links `bridge` (compiled by the same back end) at exit `snap`: from now on that
    /// exit runs the bridge directly, and a bridge that joins the loop enters it again
    /// without leaving native code. False when the exit or the bridge cannot be linked
    /// (the optimizer then runs the bridge itself after the exit).
    fn link(&self, _snap: u32, _bridge: std::rc::Rc<Compiled>) -> bool {
        false
    }

    /// The address of its entry (0 when it cannot be called directly).
    fn entry_address(&self) -> usize {
        0
    }

    /// Whether its `exit` joins a compiled loop (see [`RegionInfo::join`]).
    fn joins(&self) -> bool {
        false
    }

    /// Its id among the back end's regions (0: none).
    fn id(&self) -> u64 {
        0
    }
}

/// A native back end.
pub trait Backend {
    /// Compiles a region. `Err(reason)`: it cannot be compiled (not supported yet, or over
    /// a limit); the optimizer abandons the region and the program goes on in the
    /// interpreter.
    fn compile(&self, vm: &mut Vm, c: &Compiled, info: &RegionInfo) -> Result<Box<dyn NativeCode>, String>;

    /// Whether regions it compiles can run here (false when compiling for another
    /// target: the regions then run in the IR executor).
    fn runs_natively(&self) -> bool;

    /// Lines the back end adds to `--stats`.
    fn report(&self) -> String;

    /// Tells the back end the shared handle of a region it compiled (so that exits
    /// another region returns on its behalf can be written back).
    fn register(&self, _c: std::rc::Rc<Compiled>) {}
}
