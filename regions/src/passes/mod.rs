//! The optimizer: one pass per file, and the pipeline as data.
//!
//! A pass is a function `fn(&mut Region)` that keeps every invariant of `verify`. The
//! default pipeline is [`PASSES`], a list of named passes run in order; a name may appear
//! more than once (the cleanup passes run again after peeling and unboxing). A runner
//! picks another pipeline with `--passes=fold,cse,...` ([`parse_pass_list`]) and runs it
//! with [`optimize`], which verifies the region after every pass in debug builds and
//! reports the instruction count before and after each one.
//!
//! The order of the default pipeline, and why:
//!
//! 1. `fold`, `cse`, `guards` clean up what the recorder emitted (duplicate constants,
//!    repeated type and class checks), so that peeling copies less.
//! 2. `peel` splits the loop into a peeled first iteration and the loop proper. It only
//!    copies; the `cse` and `guards` runs after it are what hoist invariant work out of
//!    the loop by merging the loop's instructions with their peeled twins.
//! 3. `sink` removes allocations that do not escape; `fold` then simplifies the unboxes of
//!    the values it forwarded.
//! 4. `unbox` turns loop-carried boxed numbers into raw ones (the peeled iteration made the
//!    entry edge carry boxes too); `fold`, `cse` and `guards` simplify what it rewrote.
//! 5. `resume` lets guards share the earliest snapshot since the last store or call
//!    (fewer exit blocks), once the guards that stay are known.
//! 6. `dce` removes everything that became unused, last.

use std::collections::HashMap;
use std::fmt;

use crate::ir::*;
use crate::verify;

pub mod cse;
pub mod dce;
pub mod fold;
pub mod guards;
pub mod peel;
pub mod resume;
pub mod sink;
pub mod unbox;

/// A pass: rewrites the region in place, keeping the invariants of `verify`.
pub type Pass = fn(&mut Region);

/// The default pipeline, in order. Every known pass appears in it at least once, so it is
/// also the table that [`optimize`] looks names up in.
pub const PASSES: &[(&str, Pass)] = &[
    ("fold", fold::run),
    ("cse", cse::run),
    ("guards", guards::run),
    ("peel", peel::run),
    ("cse", cse::run),
    ("guards", guards::run),
    ("sink", sink::run),
    ("fold", fold::run),
    ("unbox", unbox::run),
    ("fold", fold::run),
    ("cse", cse::run),
    ("guards", guards::run),
    ("resume", resume::run),
    ("dce", dce::run),
];

/// The names of the known passes, each once, in the order they first appear in [`PASSES`].
pub fn known_passes() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for (name, _) in PASSES {
        if !names.contains(name) {
            names.push(name);
        }
    }
    names
}

/// The names of the default pipeline, in order (with repetitions).
pub fn default_pipeline() -> Vec<&'static str> {
    PASSES.iter().map(|(name, _)| *name).collect()
}

fn lookup(name: &str) -> Result<(&'static str, Pass), String> {
    PASSES.iter().find(|(n, _)| *n == name).copied().ok_or_else(|| {
        format!("unknown pass '{name}' (known passes: {}; or 'default', 'none')", known_passes().join(", "))
    })
}

/// Parses a pass list as given to `--passes=`: comma-separated pass names, where `default`
/// stands for the default pipeline and `none` (or nothing) for no pass at all. A leading
/// `--passes=` is accepted and ignored. An unknown name is an error that lists the known
/// ones: the caller reports it and does not run.
pub fn parse_pass_list(s: &str) -> Result<Vec<&'static str>, String> {
    let s = s.trim();
    let s = s.strip_prefix("--passes=").unwrap_or(s);
    let mut out = Vec::new();
    for item in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match item {
            "none" => {}
            "default" => out.extend(default_pipeline()),
            name => out.push(lookup(name)?.0),
        }
    }
    Ok(out)
}

/// The effect of one pass on the instruction count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassStat {
    /// The pass's name.
    pub name: &'static str,
    /// Instructions before it ran.
    pub before: usize,
    /// Instructions after it ran.
    pub after: usize,
}

/// What [`optimize`] did: one entry per pass run, in order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct OptReport {
    /// The passes run, with instruction counts.
    pub passes: Vec<PassStat>,
}

impl OptReport {
    /// The instruction count before the first pass (or after the last, if none ran).
    pub fn before(&self) -> Option<usize> {
        self.passes.first().map(|p| p.before)
    }

    /// The instruction count after the last pass.
    pub fn after(&self) -> Option<usize> {
        self.passes.last().map(|p| p.after)
    }
}

impl fmt::Display for OptReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.passes {
            writeln!(f, "{:<8} {:>5} -> {:<5}", p.name, p.before, p.after)?;
        }
        Ok(())
    }
}

/// Runs the named passes in order. Every name is checked before any pass runs: an unknown
/// one is an error listing the known ones, and the region is left untouched. In debug
/// builds the region is verified before the first pass and after each one; a pass that
/// breaks an invariant is a bug in that pass, reported as an error that names it (the
/// region is then left as that pass made it, for inspection).
pub fn optimize(r: &mut Region, names: &[&str]) -> Result<OptReport, String> {
    optimize_checked(r, names, cfg!(debug_assertions))
}

/// [`optimize`] with the per-pass verification switched on or off explicitly.
pub fn optimize_checked(r: &mut Region, names: &[&str], check: bool) -> Result<OptReport, String> {
    let passes = names.iter().map(|n| lookup(n)).collect::<Result<Vec<_>, _>>()?;
    run_pipeline(r, &passes, check)
}

/// Runs the given passes in order; see [`optimize`].
pub fn run_pipeline(
    r: &mut Region,
    passes: &[(&'static str, Pass)],
    check: bool,
) -> Result<OptReport, String> {
    if check {
        verify::verify(r).map_err(|e| format!("the input region is invalid: {e}"))?;
    }
    let mut report = OptReport::default();
    for &(name, pass) in passes {
        let before = r.inst_count();
        pass(r);
        if check {
            verify::verify(r).map_err(|e| format!("pass '{name}' broke an invariant: {e}"))?;
        }
        report.passes.push(PassStat { name, before, after: r.inst_count() });
    }
    Ok(report)
}

// Helpers shared by the passes.

/// An immediate as a hashable key: doubles compare by their bits, so `0.0` and `-0.0`
/// stay apart and `nan` equals itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ImmKey {
    Int(i64),
    Float(u64),
    Name(String),
    Konst(u32),
}

/// What makes two instructions compute the same thing: opcode, operands, immediates.
/// The operands of commutative opcodes are sorted.
pub(crate) type InstKey = (Opcode, Vec<Var>, Vec<ImmKey>);

/// Whether swapping the two operands of `op` gives the same result.
pub(crate) fn is_commutative(op: Opcode) -> bool {
    use Opcode::*;
    matches!(op, IAddOvf | IMulOvf | IAdd | IMul | IAnd | IOr | IXor | IEq | INe | FAdd | FMul | FEq | FNe)
}

/// The key of an instruction (its snapshot and result do not matter).
pub(crate) fn inst_key(i: &Inst) -> InstKey {
    let mut args = i.args.clone();
    if is_commutative(i.op) {
        args.sort();
    }
    (i.op, args, i.imms.iter().map(imm_key).collect())
}

/// The key of one immediate.
pub(crate) fn imm_key(m: &Imm) -> ImmKey {
    match m {
        Imm::Int(x) => ImmKey::Int(*x),
        Imm::Float(x) => ImmKey::Float(x.to_bits()),
        Imm::Name(s) => ImmKey::Name(s.clone()),
        Imm::Konst(k) => ImmKey::Konst(k.0),
    }
}

/// A constant instruction defining `dst`.
pub(crate) fn const_inst(dst: Var, c: Const) -> Inst {
    let (ty, op, imm) = match c {
        Const::I64(x) => (Ty::I64, Opcode::ConstI64, Imm::Int(x)),
        Const::F64(x) => (Ty::F64, Opcode::ConstF64, Imm::Float(x)),
        Const::Bool(b) => (Ty::Bool, Opcode::ConstBool, Imm::Int(b as i64)),
    };
    Inst { dst: Some((dst, ty)), op, args: vec![], imms: vec![imm], snap: None }
}

/// A raw constant known at compile time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Const {
    I64(i64),
    F64(f64),
    Bool(bool),
}

impl Const {
    /// The constant an instruction defines, if it is a `const_i64/f64/bool`.
    pub(crate) fn of(i: &Inst) -> Option<Const> {
        match i.op {
            Opcode::ConstI64 => i.imms[0].as_int().map(Const::I64),
            Opcode::ConstF64 => i.imms[0].as_float().map(Const::F64),
            Opcode::ConstBool => i.imms[0].as_int().map(|b| Const::Bool(b != 0)),
            _ => None,
        }
    }
}

/// The raw constants of the region, by value.
pub(crate) fn constants(r: &Region) -> HashMap<Var, Const> {
    r.insts().filter_map(|(_, i)| Some((i.result()?, Const::of(i)?))).collect()
}

/// Follows a substitution to its end (`a -> b -> c` gives `c`).
pub(crate) fn resolve(subst: &HashMap<Var, Var>, mut v: Var) -> Var {
    while let Some(&w) = subst.get(&v) {
        v = w;
    }
    v
}

/// Applies a substitution to every use in the region.
pub(crate) fn apply_subst(r: &mut Region, subst: &HashMap<Var, Var>) {
    if !subst.is_empty() {
        rewrite_uses(r, &|v| resolve(subst, v));
    }
}

/// The blocks that jump to `target`, in block order.
pub(crate) fn preds(r: &Region, target: BlockId) -> Vec<usize> {
    (0..r.blocks.len())
        .filter(|&b| matches!(&r.blocks[b].term, Some(Term::Jump(t, _)) if *t == target))
        .collect()
}

/// The jump arguments of block `b`'s terminator (empty if it does not jump).
pub(crate) fn jump_args_mut(b: &mut Block) -> Option<&mut Vec<Var>> {
    match &mut b.term {
        Some(Term::Jump(_, args)) => Some(args),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::text::parse;

    /// The constants every test region starts with, prepended to a text that does not
    /// start with `region`.
    const HEAD: &str = "region t\nk0 = \"code f\"\nk1 = \"class P\"\nk2 = \"class Q\"\n";

    fn with_head(text: &str) -> String {
        if text.trim_start().starts_with("region") {
            text.to_string()
        } else {
            format!("{HEAD}{text}")
        }
    }

    /// Parses and verifies `text` (a header with constants `k0`..`k2` is added when it has
    /// none).
    pub(crate) fn region(text: &str) -> Region {
        let text = with_head(text);
        let r = parse(&text).unwrap_or_else(|e| panic!("bad test input: {e}\n{text}"));
        verify::verify(&r).unwrap_or_else(|e| panic!("test input does not verify: {e}\n{text}"));
        r
    }

    /// Runs the passes `names` on `input` (verifying before and after every pass) and
    /// compares the printed result with `expected`, both canonicalized by parse + print.
    pub(crate) fn check(names: &[&str], input: &str, expected: &str) {
        let mut r = region(input);
        optimize_checked(&mut r, names, true).unwrap_or_else(|e| panic!("{e}\ninput:\n{input}"));
        let got = r.to_string();
        let expected = with_head(expected);
        let want =
            parse(&expected).unwrap_or_else(|e| panic!("bad expected text: {e}\n{expected}")).to_string();
        if got != want {
            panic!("passes {names:?} on\n{}\ngave\n{got}\nexpected\n{want}", with_head(input));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::region;
    use super::*;

    #[test]
    fn pass_lists_parse() {
        assert_eq!(parse_pass_list("none").unwrap(), Vec::<&str>::new());
        assert_eq!(parse_pass_list("").unwrap(), Vec::<&str>::new());
        assert_eq!(parse_pass_list("fold,cse").unwrap(), ["fold", "cse"]);
        assert_eq!(parse_pass_list("--passes=dce").unwrap(), ["dce"]);
        assert_eq!(parse_pass_list("default").unwrap(), default_pipeline());
        assert_eq!(parse_pass_list("default,dce").unwrap().len(), PASSES.len() + 1);
        let e = parse_pass_list("fold,licm").unwrap_err();
        assert!(e.contains("unknown pass 'licm'") && e.contains("fold, cse, guards, peel"), "{e}");
    }

    #[test]
    fn every_pass_is_known_and_peel_precedes_what_profits_from_it() {
        let names = known_passes();
        for n in ["fold", "cse", "guards", "peel", "unbox", "sink", "dce"] {
            assert!(names.contains(&n), "{n} missing from PASSES");
        }
        let default = default_pipeline();
        let peel = default.iter().position(|n| *n == "peel").unwrap();
        for n in ["cse", "guards", "unbox", "dce"] {
            assert!(default[peel..].contains(&n), "{n} should run after peel");
        }
        assert_eq!(default.last(), Some(&"dce"));
    }

    #[test]
    fn optimize_reports_counts_and_rejects_unknown_names() {
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  \
                    v1:i64 = const_i64 2\n  v2:i64 = const_i64 3\n  v3:i64 = iadd_ovf v1, v2 @snap0\n  \
                    v4:val = box_i64 v3\n  return v4\n";
        let mut r = region(text);
        let e = optimize(&mut r, &["fold", "nope"]).unwrap_err();
        assert!(e.contains("unknown pass 'nope'"), "{e}");
        assert_eq!(r.inst_count(), 4, "an unknown name runs nothing");
        let report = optimize(&mut r, &["fold", "dce"]).unwrap();
        assert_eq!(
            report.passes,
            [PassStat { name: "fold", before: 4, after: 4 }, PassStat { name: "dce", before: 4, after: 2 }]
        );
        assert_eq!((report.before(), report.after()), (Some(4), Some(2)));
        assert!(report.to_string().contains("dce"));
    }

    #[test]
    fn a_pass_that_breaks_an_invariant_is_named() {
        let mut r = region("snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  return v0\n");
        r.blocks[0].term = Some(Term::Return(Var(9)));
        let e = optimize_checked(&mut r, &["dce"], true).unwrap_err();
        assert!(e.contains("input region is invalid"), "{e}");
        r.blocks[0].term = Some(Term::Return(Var(0)));
        // A pass that forgets to rename a use is caught and named.
        fn broken(r: &mut Region) {
            r.blocks[0].term = Some(Term::Return(Var(42)));
        }
        let e = run_pipeline(&mut r, &[("fold", fold::run), ("broken", broken)], true).unwrap_err();
        assert!(e.contains("pass 'broken' broke an invariant") && e.contains("undefined v42"), "{e}");
    }
}

#[cfg(test)]
mod pipeline_tests {
    use super::testing::region;
    use super::*;

    /// The inner loop of an n-body step as the recorder would emit it for
    ///
    /// ```python
    /// for i in range(n):
    ///     b.x += dt * b.vx
    ///     b.vx -= dt * b.x
    ///     e = e + 0.5 * b.vx * b.vx
    /// ```
    ///
    /// with `b` an instance of class `k1` (shape 7, slots `x`, `vx`): every attribute
    /// access guards the class, every arithmetic operation unboxes its operands and boxes
    /// its result, and the loop carries `b`, `dt`, the range iterator, `i` and `e` boxed.
    const NBODY: &str = "\
region nbody
k0 = \"code advance nbody.py:3\"
k1 = \"class Body\"
snap0 = [k0 pc 4 slots 0=v5 1=v6 2=v7 3=v8 4=v9 stack]
snap1 = [k0 pc 8 slots 0=v5 1=v6 2=v7 3=v11 4=v9 stack]
snap2 = [k0 pc 16 slots 0=v5 1=v6 2=v7 3=v11 4=v9 stack]
snap3 = [k0 pc 24 slots 0=v5 1=v6 2=v7 3=v11 4=v9 stack]
block0(v0:val slot 0, v1:val slot 1, v2:val slot 2, v3:val slot 3, v4:val slot 4):
  jump block1(v0, v1, v2, v3, v4)
block1(v5:val, v6:val, v7:val, v8:val, v9:val):
  v10:i64 = range_next v7 @snap0
  v11:val = box_i64 v10
  guard_class v5, k1, 7 @snap1
  v12:val = getslot v5, 0
  guard_type v6, \"float\" @snap1
  guard_class v5, k1, 7 @snap1
  v13:val = getslot v5, 1
  v14:f64 = unbox_f64 v6 @snap1
  v15:f64 = unbox_f64 v13 @snap1
  v16:f64 = fmul v14, v15
  v17:f64 = unbox_f64 v12 @snap1
  v18:f64 = fadd v17, v16
  v19:val = box_f64 v18
  guard_class v5, k1, 7 @snap1
  setslot v5, v19, 0
  guard_class v5, k1, 7 @snap2
  v20:val = getslot v5, 1
  guard_type v6, \"float\" @snap2
  guard_class v5, k1, 7 @snap2
  v21:val = getslot v5, 0
  v22:f64 = unbox_f64 v6 @snap2
  v23:f64 = unbox_f64 v21 @snap2
  v24:f64 = fmul v22, v23
  v25:f64 = unbox_f64 v20 @snap2
  v26:f64 = fsub v25, v24
  v27:val = box_f64 v26
  guard_class v5, k1, 7 @snap2
  setslot v5, v27, 1
  v28:f64 = const_f64 0.5
  guard_class v5, k1, 7 @snap3
  v29:val = getslot v5, 1
  v30:f64 = unbox_f64 v29 @snap3
  v31:f64 = fmul v28, v30
  guard_class v5, k1, 7 @snap3
  v32:val = getslot v5, 1
  v33:f64 = unbox_f64 v32 @snap3
  v34:f64 = fmul v31, v33
  v35:f64 = unbox_f64 v9 @snap3
  v36:f64 = fadd v35, v34
  v37:val = box_f64 v36
  jump block1(v5, v6, v7, v11, v37)
";

    #[test]
    fn the_default_pipeline_shrinks_an_nbody_loop() {
        let mut r = region(NBODY);
        let loop_before = r.blocks.last().unwrap().insts.len();
        let report = optimize_checked(&mut r, &default_pipeline(), true).unwrap();
        verify::verify(&r).unwrap();
        let text = r.to_string();
        let body = r.blocks.last().unwrap();
        let ops = |op: Opcode| body.insts.iter().filter(|i| i.op == op).count();
        assert!(
            body.insts.len() * 2 < loop_before,
            "the loop kept {} of {loop_before} instructions\n{report}\n{text}",
            body.insts.len()
        );
        // Class and type guards on invariant values left the loop with the peeled iteration.
        assert_eq!(ops(Opcode::GuardClass) + ops(Opcode::GuardType), 0, "{text}");
        // `dt` is unboxed once, before the loop. The stores still box (the heap holds
        // interpreter values); each slot is read once per iteration, before it is written,
        // and reads after a write get the written value without unboxing it again.
        assert_eq!(ops(Opcode::SetSlot), 2, "{text}");
        assert_eq!(ops(Opcode::BoxF64), 2, "{text}");
        assert_eq!(ops(Opcode::GetSlot), 2, "{text}");
        assert_eq!(ops(Opcode::UnboxF64), 2, "{text}");
        // The counter is boxed nowhere: snapshots name the raw value.
        assert_eq!(ops(Opcode::BoxI64), 0, "{text}");
        // `e` travels raw around the loop; `i` too.
        let tys: Vec<Ty> = body.params.iter().map(|p| p.1).collect();
        assert_eq!(tys, [Ty::I64, Ty::F64], "{text}");
        assert_eq!(report.passes.len(), PASSES.len());
    }

    #[test]
    fn every_pass_alone_and_the_pipeline_twice_keep_the_invariants() {
        for name in known_passes() {
            let mut r = region(NBODY);
            optimize_checked(&mut r, &[name], true).unwrap_or_else(|e| panic!("{e}"));
        }
        let mut reversed = default_pipeline();
        reversed.reverse();
        let mut r = region(NBODY);
        optimize_checked(&mut r, &reversed, true).unwrap();
        let mut r = region(NBODY);
        optimize_checked(&mut r, &default_pipeline(), true).unwrap();
        let once = r.to_string();
        let again: Vec<&str> = default_pipeline().into_iter().filter(|n| *n != "peel").collect();
        optimize_checked(&mut r, &again, true).unwrap();
        assert_eq!(r.to_string(), once, "the pipeline without peel is idempotent on its own output");
    }

    /// `for i in range(n): a, b = b, a + b` as recorded: the tuple of the swap is built,
    /// checked and unpacked; the loop carries `a`, `b` and the iterator boxed; the
    /// back-edge polls the hook epoch with the tuple still on the value stack.
    const FIB: &str = "\
region fib
k0 = \"code fib fib.py:1\"
snap0 = [k0 pc 4 slots 0=v3 1=v4 2=v5 stack]
snap1 = [k0 pc 8 slots 0=v3 1=v4 2=v5 stack v4 v3 v4]
snap2 = [k0 pc 12 slots 0=v3 1=v4 2=v5 stack v11]
block0(v0:val slot 0, v1:val slot 1, v2:val slot 2):
  jump block1(v0, v1, v2)
block1(v3:val, v4:val, v5:val):
  v6:i64 = range_next v5 @snap0
  v7:i64 = unbox_i64 v3 @snap1
  v8:i64 = unbox_i64 v4 @snap1
  v9:i64 = iadd_ovf v7, v8 @snap1
  v10:val = box_i64 v9
  v11:val = new_tuple v4, v10
  guard_type v11, \"tuple\" @snap2
  v12:val = tuple_get v11, 0
  v13:val = tuple_get v11, 1
  guard_epoch 5 @snap2
  jump block1(v12, v13, v5)
";

    #[test]
    fn the_default_pipeline_sinks_the_swap_tuple_and_unboxes_both_numbers() {
        let mut r = region(FIB);
        let report = optimize_checked(&mut r, &default_pipeline(), true).unwrap();
        let text = r.to_string();
        let body = r.blocks.last().unwrap();
        let ops: Vec<Opcode> = body.insts.iter().map(|i| i.op).collect();
        assert_eq!(ops, [Opcode::RangeNext, Opcode::IAddOvf, Opcode::GuardEpoch], "{report}{text}");
        assert!(body.params.iter().all(|p| p.1 == Ty::I64), "{text}");
        // The epoch check resumes where the iteration began (`resume`: nothing between
        // has a side effect), so no exit needs the tuple: it is gone, not even sunk.
        assert!(r.sunk.is_empty(), "{text}");
        // Without `resume` the tuple only exists if the loop leaves at the epoch check.
        let mut r = region(FIB);
        let without: Vec<&str> = default_pipeline().into_iter().filter(|p| *p != "resume").collect();
        optimize_checked(&mut r, &without, true).unwrap();
        assert_eq!(r.sunk.len(), 2, "{r}");
        assert!(r.sunk.iter().all(|i| i.op == Opcode::NewTuple), "{r}");
    }
}
