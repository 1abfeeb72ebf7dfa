//! The region IR verifier. It checks, and every pass keeps, these invariants:
//!
//! 1. `block0` exists and is the entry; each of its parameters names the entry frame slot
//!    it is read from. No other block has slot-bound parameters.
//! 2. Every block ends in a terminator. A jump goes to the next block or back to an
//!    earlier one (so blocks form a chain and each dominates the ones after it), with one
//!    argument per parameter of the target, of the parameter's type.
//! 3. Every value is defined once: as a block parameter, an instruction result or a sunk
//!    allocation's result.
//! 4. Every use is dominated by its definition: a value used in a block is a parameter of
//!    that block or an earlier one, or a result defined earlier in that block or in an
//!    earlier block. Block parameters of a later block are not visible in earlier blocks.
//! 5. Each instruction matches its opcode's signature: operand count and types, immediate
//!    kinds, result type; it has a snapshot exactly when the opcode may exit.
//! 6. Each snapshot named by an instruction or an `exit` has at least one frame, and every
//!    value it mentions is available at that point (a sunk value counts as available when
//!    its own operands are).
//! 7. Sunk allocations are allocations, and only snapshots use their values. Their `val`
//!    operands may be raw values, like snapshot entries: materializing boxes them.
//! 8. Every constant, snapshot and block reference is in range.

use std::collections::{HashMap, HashSet};

use crate::ir::*;

/// A verifier error: where and what.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifyError(pub String);

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for VerifyError {}

/// Checks the invariants in the module documentation.
pub fn verify(r: &Region) -> Result<(), VerifyError> {
    Verifier::new(r)?.run()
}

struct Verifier<'a> {
    r: &'a Region,
    types: HashMap<Var, Ty>,
    sunk: HashMap<Var, &'a Inst>,
}

fn fail<T>(msg: String) -> Result<T, VerifyError> {
    Err(VerifyError(msg))
}

impl<'a> Verifier<'a> {
    fn new(r: &'a Region) -> Result<Self, VerifyError> {
        let mut types = HashMap::new();
        let mut define = |v: Var, t: Ty| -> Result<(), VerifyError> {
            if types.insert(v, t).is_some() {
                return fail(format!("{v} is defined more than once"));
            }
            Ok(())
        };
        for b in &r.blocks {
            for &(v, t) in &b.params {
                define(v, t)?;
            }
            for i in &b.insts {
                if let Some((v, t)) = i.dst {
                    define(v, t)?;
                }
            }
        }
        let mut sunk = HashMap::new();
        for i in &r.sunk {
            let Some((v, t)) = i.dst else { return fail(format!("sunk `{i}` has no result")) };
            define(v, t)?;
            sunk.insert(v, i);
        }
        Ok(Verifier { r, types, sunk })
    }

    fn run(&self) -> Result<(), VerifyError> {
        let r = self.r;
        let Some(entry) = r.blocks.first() else { return fail("the region has no block0".to_string()) };
        if entry.param_slots.len() != entry.params.len() {
            return fail("every block0 parameter names its slot".to_string());
        }
        for i in &r.sunk {
            if i.op.sig().effect != Effect::Alloc {
                return fail(format!("sunk `{i}` is not an allocation"));
            }
            self.check_sig(i, true)?;
        }
        // Values available so far, in chain order.
        let mut avail: HashSet<Var> = HashSet::new();
        for (bi, b) in r.blocks.iter().enumerate() {
            let here = BlockId(bi as u32);
            if bi > 0 && !b.param_slots.is_empty() {
                return fail(format!("{here}: only block0 parameters name slots"));
            }
            avail.extend(b.params.iter().map(|&(v, _)| v));
            for i in &b.insts {
                self.check_sig(i, false).map_err(|e| VerifyError(format!("{here}: {e}")))?;
                for &a in &i.args {
                    self.check_use(a, &avail, &format!("{here}: `{i}`"))?;
                }
                if let Some(s) = i.snap {
                    self.check_snap(s, &avail, &format!("{here}: `{i}`"))?;
                }
                if let Some(v) = i.result() {
                    avail.insert(v);
                }
            }
            match &b.term {
                None => return fail(format!("{here} has no terminator")),
                Some(Term::Jump(target, args)) => {
                    if target.index() > bi + 1 || target.index() >= r.blocks.len() {
                        return fail(format!("{here}: jump to {target} skips ahead or leaves the region"));
                    }
                    let params = &r.block(*target).params;
                    if params.len() != args.len() {
                        return fail(format!(
                            "{here}: jump to {target} passes {} values for {} parameters",
                            args.len(),
                            params.len()
                        ));
                    }
                    for (a, (p, t)) in args.iter().zip(params) {
                        self.check_use(*a, &avail, &format!("{here}: jump"))?;
                        if self.types[a] != *t {
                            return fail(format!(
                                "{here}: jump passes {a}:{} for {p}:{}",
                                self.types[a].name(),
                                t.name()
                            ));
                        }
                    }
                }
                Some(Term::Exit(s)) => self.check_snap(*s, &avail, &format!("{here}: exit"))?,
                Some(Term::Return(v)) => self.check_use(*v, &avail, &format!("{here}: return"))?,
            }
        }
        Ok(())
    }

    fn check_use(&self, v: Var, avail: &HashSet<Var>, at: &str) -> Result<(), VerifyError> {
        if self.sunk.contains_key(&v) {
            return fail(format!("{at} uses sunk value {v}; only snapshots may"));
        }
        if !self.types.contains_key(&v) {
            return fail(format!("{at} uses undefined {v}"));
        }
        if !avail.contains(&v) {
            return fail(format!("{at} uses {v} before its definition"));
        }
        Ok(())
    }

    fn check_snap(&self, s: SnapId, avail: &HashSet<Var>, at: &str) -> Result<(), VerifyError> {
        let Some(snap) = self.r.snaps.get(s.index()) else { return fail(format!("{at}: no {s}")) };
        if snap.frames.is_empty() {
            return fail(format!("{at}: {s} has no frame"));
        }
        for f in &snap.frames {
            self.check_konst(f.code).map_err(|e| VerifyError(format!("{at}: {s}: {e}")))?;
            for v in f.slots.iter().map(|(_, v)| v).chain(&f.stack) {
                self.snap_value(*v, avail, 0).map_err(|e| VerifyError(format!("{at}: {s}: {e}")))?;
            }
        }
        Ok(())
    }

    fn snap_value(&self, v: Var, avail: &HashSet<Var>, depth: usize) -> Result<(), VerifyError> {
        if let Some(i) = self.sunk.get(&v) {
            if depth > self.sunk.len() {
                return fail(format!("sunk {v} refers to itself"));
            }
            return i.args.iter().try_for_each(|a| self.snap_value(*a, avail, depth + 1));
        }
        if !avail.contains(&v) {
            return fail(format!("{v} is not available here"));
        }
        Ok(())
    }

    fn check_konst(&self, k: KonstId) -> Result<(), VerifyError> {
        if k.index() >= self.r.konsts.len() {
            return fail(format!("no constant {k}"));
        }
        Ok(())
    }

    /// `raw_vals`: a `val` operand may also be a raw value (sunk allocations).
    fn check_sig(&self, i: &Inst, raw_vals: bool) -> Result<(), VerifyError> {
        let sig = i.op.sig();
        match sig.args {
            Operands::Fixed(tys) => {
                if tys.len() != i.args.len() {
                    return fail(format!(
                        "`{i}` has {} operands, {} takes {}",
                        i.args.len(),
                        sig.name,
                        tys.len()
                    ));
                }
                for (a, t) in i.args.iter().zip(tys) {
                    self.check_type(i, *a, *t, raw_vals)?;
                }
            }
            Operands::Variadic(t) => {
                for a in &i.args {
                    self.check_type(i, *a, t, raw_vals)?;
                }
            }
        }
        if i.imms.len() != sig.imms.len() || i.imms.iter().zip(sig.imms).any(|(m, k)| m.kind() != *k) {
            return fail(format!("`{i}`: {} takes immediates {:?}", sig.name, sig.imms));
        }
        for m in &i.imms {
            if let Imm::Konst(k) = m {
                self.check_konst(*k)?;
            }
        }
        if i.dst.map(|(_, t)| t) != sig.result {
            return fail(format!("`{i}`: {} produces {:?}", sig.name, sig.result.map(Ty::name)));
        }
        if sig.exits != i.snap.is_some() {
            let what = if sig.exits { "needs a snapshot" } else { "takes no snapshot" };
            return fail(format!("`{i}`: {} {what}", sig.name));
        }
        Ok(())
    }

    fn check_type(&self, i: &Inst, a: Var, t: Ty, raw_vals: bool) -> Result<(), VerifyError> {
        match self.types.get(&a) {
            None => fail(format!("`{i}` uses undefined {a}")),
            Some(_) if raw_vals && t == Ty::Val => Ok(()),
            Some(&at) if at != t => fail(format!("`{i}`: {a} is {}, {} wants {}", at.name(), i.op, t.name())),
            Some(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse;

    fn check(text: &str) -> Result<(), String> {
        verify(&parse(text).map_err(|e| e.to_string())?).map_err(|e| e.0)
    }

    const HEAD: &str = "region r\nk0 = \"code f\"\nsnap0 = [k0 pc 0 slots 0=v0 stack]\n";

    #[test]
    fn a_well_formed_loop_verifies() {
        let text = format!(
            "{HEAD}block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  jump block1(v1)\n\
             block1(v2:i64):\n  v3:i64 = iadd_ovf v2, v1 @snap0\n  jump block1(v3)\n"
        );
        check(&text).unwrap();
    }

    #[test]
    fn each_invariant_has_an_error() {
        let cases = [
            ("block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0\n  return v0\n", "needs a snapshot"),
            ("block0(v0:val slot 0):\n  v1:i64 = iadd_ovf v0, v0 @snap0\n  return v0\n", "v0 is val, iadd_ovf wants i64"),
            ("block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  v1:i64 = unbox_i64 v0 @snap0\n  return v0\n", "defined more than once"),
            ("block0(v0:val slot 0):\n  v1:i64 = iadd_ovf v2, v2 @snap0\n  v2:i64 = unbox_i64 v0 @snap0\n  return v0\n", "before its definition"),
            ("block0(v0:val slot 0):\n  return v0\nblock1(v1:val):\n  return v1\n", ""),
            ("block0(v0:val slot 0):\n  jump block2()\nblock1():\n  return v0\nblock2():\n  return v0\n", "skips ahead"),
            ("block0(v0:val slot 0):\n  jump block1(v0)\nblock1(v1:i64):\n  return v1\n", "passes v0:val for v1:i64"),
            ("block0(v0:val slot 0):\n  jump block1()\nblock1(v1:i64):\n  return v1\n", "passes 0 values for 1 parameters"),
            ("block0(v0:val slot 0):\n  v1:val = const_val k5\n  return v1\n", "no constant k5"),
            ("block0(v0:val slot 0):\n  exit @snap4\n", "no snap4"),
            ("block0(v0:val slot 0):\n  v1:val = getattr v0, 3 @snap0\n  return v1\n", "takes immediates"),
            ("block0(v0:val slot 0):\n", "has no terminator"),
            ("block0(v0:val slot 0):\n  v1:i64 = const_i64 1\n  jump block1()\nblock1():\n  return v1\n", ""),
        ];
        for (body, want) in cases {
            let r = check(&format!("{HEAD}{body}"));
            if want.is_empty() {
                r.unwrap_or_else(|e| panic!("{body}: {e}"));
            } else {
                let e = r.expect_err(body);
                assert!(e.contains(want), "{body}: got {e}, wanted {want}");
            }
        }
    }

    #[test]
    fn snapshots_may_name_sunk_values_but_instructions_may_not() {
        let ok = "region r\nk0 = \"code f\"\nk1 = \"class P\"\nsnap0 = [k0 pc 0 slots 0=v2 stack]\n\
                  sunk v2:val = new_instance v0, k1, 1\nblock0(v0:val slot 0):\n  exit @snap0\n";
        check(ok).unwrap();
        let bad = ok.replace("exit @snap0", "return v2");
        assert!(check(&bad).unwrap_err().contains("uses sunk value v2"));
        let not_alloc =
            ok.replace("sunk v2:val = new_instance v0, k1, 1", "sunk v2:val = getattr v0, \"x\" @snap0");
        assert!(check(&not_alloc).unwrap_err().contains("not an allocation"));
        let raw = "region r\nk0 = \"code f\"\nsnap0 = [k0 pc 0 slots 0=v0 stack]\n\
                   snap1 = [k0 pc 0 slots 0=v2 stack]\nsunk v2:val = new_tuple v0, v1\n\
                   block0(v0:val slot 0):\n  v1:f64 = unbox_f64 v0 @snap0\n  exit @snap1\n";
        check(raw).unwrap();
        let later = "region r\nk0 = \"code f\"\nsnap0 = [k0 pc 0 slots 0=v1 stack]\n\
                     block0(v0:val slot 0):\n  v2:i64 = unbox_i64 v0 @snap0\n  v1:i64 = unbox_i64 v0 @snap0\n  return v0\n";
        assert!(check(later).unwrap_err().contains("v1 is not available here"));
    }
}
