//! Constant folding and algebraic simplification.
//!
//! Walks the instructions in chain order (definitions come before uses) and rewrites each
//! one whose result is known:
//!
//! - integer, float and bool operations and comparisons on constants become constants;
//!   `itof` of a constant too. An instruction that may exit folds only when it would not:
//!   `iadd_ovf`/`isub_ovf`/`imul_ovf`/`ineg_ovf` when the result fits, `ifloordiv`/`imod`
//!   (with Python's floor semantics) when the divisor is neither zero nor `-1` under
//!   `i64::MIN`, `fdiv` when the divisor is not zero, `ishr` when the count is not
//!   negative;
//! - identities: `x + 0`, `x - 0`, `x * 1`, `x | 0`, `x ^ 0` give `x`; `x * 0` and `x - x`
//!   give `0` (integers only); `bnot (bnot x)` gives `x`; `x * 1.0` gives `x` (but never
//!   `x + 0.0`, which turns `-0.0` into `0.0`); integer comparisons of a value with itself
//!   are constants; `unbox_T (box_T x)` gives `x`;
//! - `guard_true`/`guard_false` of a constant that passes is removed, and a guard of
//!   `bnot x` becomes the opposite guard of `x`;
//! - a snapshot or sunk allocation that names `box_T x` names the raw `x` instead (the
//!   executor boxes raw values when it writes frames back or materializes an object), so
//!   that a box only exits need becomes dead.
//!
//! It does not fold float comparisons of a value with itself (`nan`), anything on
//! interpreter values (`const_val`, calls), or across a loop's back-edge (block parameters
//! are never constants here). Constants it creates keep the folded instruction's value
//! number; unused ones are left for `dce`.

use std::collections::HashMap;

use super::{apply_subst, resolve, Const};
use crate::ir::Opcode::{BoxBool, BoxF64, BoxI64};
use crate::ir::*;

/// What an instruction folds to.
enum Fold {
    /// Nothing known.
    Keep,
    /// The result is this existing value.
    Value(Var),
    /// The result is this constant.
    Const(Const),
    /// The instruction (a guard that passes) goes away.
    Remove,
    /// The instruction becomes this one (same result).
    Replace(Opcode, Vec<Var>),
}

/// Folds constants and simplifies algebraic identities; see the module documentation.
pub fn run(r: &mut Region) {
    let mut consts: HashMap<Var, Const> = HashMap::new();
    // The defining opcode and operands of each instruction result, for `bnot (bnot x)` and
    // `unbox (box x)`.
    let mut defs: HashMap<Var, (Opcode, Vec<Var>)> = HashMap::new();
    let mut subst: HashMap<Var, Var> = HashMap::new();
    for b in 0..r.blocks.len() {
        let insts = std::mem::take(&mut r.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        for mut i in insts {
            i.args.iter_mut().for_each(|a| *a = resolve(&subst, *a));
            match fold(&i, &consts, &defs) {
                Fold::Keep => {}
                Fold::Value(v) => {
                    subst.insert(i.result().expect("folds to a value only with a result"), v);
                    continue;
                }
                Fold::Const(c) => i = super::const_inst(i.result().expect("a constant has a result"), c),
                Fold::Remove => continue,
                Fold::Replace(op, args) => {
                    i.op = op;
                    i.args = args;
                }
            }
            if let Some(v) = i.result() {
                if let Some(c) = Const::of(&i) {
                    consts.insert(v, c);
                }
                defs.insert(v, (i.op, i.args.clone()));
            }
            out.push(i);
        }
        r.blocks[b].insts = out;
    }
    apply_subst(r, &subst);
    let unboxed = |v: &mut Var| {
        if let Some((BoxI64 | BoxF64 | BoxBool, x)) = defs.get(v) {
            *v = x[0];
        }
    };
    for f in r.snaps.iter_mut().flat_map(|s| &mut s.frames) {
        f.slots.iter_mut().for_each(|(_, v)| unboxed(v));
        f.stack.iter_mut().for_each(unboxed);
    }
    r.sunk.iter_mut().for_each(|i| i.args.iter_mut().for_each(unboxed));
}

fn fold(i: &Inst, consts: &HashMap<Var, Const>, defs: &HashMap<Var, (Opcode, Vec<Var>)>) -> Fold {
    use Opcode::*;
    let int = |k: usize| match i.args.get(k).and_then(|a| consts.get(a)) {
        Some(Const::I64(x)) => Some(*x),
        _ => None,
    };
    let float = |k: usize| match i.args.get(k).and_then(|a| consts.get(a)) {
        Some(Const::F64(x)) => Some(*x),
        _ => None,
    };
    let boolean = |k: usize| match i.args.get(k).and_then(|a| consts.get(a)) {
        Some(Const::Bool(x)) => Some(*x),
        _ => None,
    };
    let def = |k: usize| i.args.get(k).and_then(|a| defs.get(a));
    let arg = |k: usize| i.args[k];
    let op = i.op;

    // Both operands constant.
    if let (Some(a), Some(b)) = (int(0), int(1)) {
        let folded = match op {
            IAddOvf => a.checked_add(b).map(Const::I64),
            ISubOvf => a.checked_sub(b).map(Const::I64),
            IMulOvf => a.checked_mul(b).map(Const::I64),
            IAdd => Some(Const::I64(a.wrapping_add(b))),
            ISub => Some(Const::I64(a.wrapping_sub(b))),
            IMul => Some(Const::I64(a.wrapping_mul(b))),
            IFloorDiv => floor_div(a, b).map(Const::I64),
            IMod => floor_mod(a, b).map(Const::I64),
            IAnd => Some(Const::I64(a & b)),
            IOr => Some(Const::I64(a | b)),
            IXor => Some(Const::I64(a ^ b)),
            IShr if b >= 0 => Some(Const::I64(a >> b.min(63))),
            ILt => Some(Const::Bool(a < b)),
            ILe => Some(Const::Bool(a <= b)),
            IGt => Some(Const::Bool(a > b)),
            IGe => Some(Const::Bool(a >= b)),
            IEq => Some(Const::Bool(a == b)),
            INe => Some(Const::Bool(a != b)),
            _ => None,
        };
        if let Some(c) = folded {
            return Fold::Const(c);
        }
    }
    if let (Some(a), Some(b)) = (float(0), float(1)) {
        let folded = match op {
            FAdd => Some(Const::F64(a + b)),
            FSub => Some(Const::F64(a - b)),
            FMul => Some(Const::F64(a * b)),
            FDiv if b != 0.0 => Some(Const::F64(a / b)),
            FLt => Some(Const::Bool(a < b)),
            FLe => Some(Const::Bool(a <= b)),
            FGt => Some(Const::Bool(a > b)),
            FGe => Some(Const::Bool(a >= b)),
            FEq => Some(Const::Bool(a == b)),
            FNe => Some(Const::Bool(a != b)),
            _ => None,
        };
        if let Some(c) = folded {
            return Fold::Const(c);
        }
    }

    // One operand.
    match op {
        INegOvf => {
            if let Some(c) = int(0).and_then(i64::checked_neg) {
                return Fold::Const(Const::I64(c));
            }
        }
        FNeg => {
            if let Some(x) = float(0) {
                return Fold::Const(Const::F64(-x));
            }
        }
        IToF => {
            if let Some(x) = int(0) {
                return Fold::Const(Const::F64(x as f64));
            }
        }
        BNot => {
            if let Some(x) = boolean(0) {
                return Fold::Const(Const::Bool(!x));
            }
            if let Some((BNot, inner)) = def(0) {
                return Fold::Value(inner[0]);
            }
        }
        UnboxI64 | UnboxF64 | UnboxBool => {
            let boxed = match op {
                UnboxI64 => BoxI64,
                UnboxF64 => BoxF64,
                _ => BoxBool,
            };
            if let Some((o, inner)) = def(0) {
                if *o == boxed {
                    return Fold::Value(inner[0]);
                }
            }
        }
        GuardTrue | GuardFalse => {
            if let Some(x) = boolean(0) {
                if x == (op == GuardTrue) {
                    return Fold::Remove;
                }
            } else if let Some((BNot, inner)) = def(0) {
                let flipped = if op == GuardTrue { GuardFalse } else { GuardTrue };
                return Fold::Replace(flipped, vec![inner[0]]);
            }
        }
        _ => {}
    }

    // Identities with one constant operand, or the same operand twice.
    let same = i.args.len() == 2 && arg(0) == arg(1);
    match op {
        IAdd | IAddOvf | IOr | IXor if int(1) == Some(0) => Fold::Value(arg(0)),
        IAdd | IAddOvf | IOr | IXor if int(0) == Some(0) => Fold::Value(arg(1)),
        ISub | ISubOvf if int(1) == Some(0) => Fold::Value(arg(0)),
        ISub | ISubOvf | IXor if same => Fold::Const(Const::I64(0)),
        IAnd | IOr if same => Fold::Value(arg(0)),
        IMul | IMulOvf if int(1) == Some(1) => Fold::Value(arg(0)),
        IMul | IMulOvf if int(0) == Some(1) => Fold::Value(arg(1)),
        IMul | IMulOvf | IAnd if int(0) == Some(0) || int(1) == Some(0) => Fold::Const(Const::I64(0)),
        FMul if float(1) == Some(1.0) => Fold::Value(arg(0)),
        FMul if float(0) == Some(1.0) => Fold::Value(arg(1)),
        ILe | IGe | IEq if same => Fold::Const(Const::Bool(true)),
        ILt | IGt | INe if same => Fold::Const(Const::Bool(false)),
        _ => Fold::Keep,
    }
}

/// Python's `a // b`, or `None` where the instruction would exit (zero divisor, overflow).
pub(crate) fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `a % b` (the sign of the divisor), or `None` where `ifloordiv` would exit.
pub(crate) fn floor_mod(a: i64, b: i64) -> Option<i64> {
    a.checked_div(b)?;
    let m = a % b;
    if m != 0 && ((m < 0) != (b < 0)) {
        Some(m + b)
    } else {
        Some(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::testing::check;

    const SNAP: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\n";

    fn fold(body: &str, expected: &str) {
        check(
            &["fold"],
            &format!("{SNAP}block0(v0:val slot 0):\n{body}"),
            &format!("{SNAP}block0(v0:val slot 0):\n{expected}"),
        );
    }

    #[test]
    fn integer_arithmetic_on_constants_folds() {
        fold(
            "  v1:i64 = const_i64 7\n  v2:i64 = const_i64 -2\n  v3:i64 = iadd_ovf v1, v2 @snap0\n  \
             v4:i64 = imul v3, v2\n  v5:bool = ilt v4, v1\n  v6:val = box_bool v5\n  return v6\n",
            "  v1:i64 = const_i64 7\n  v2:i64 = const_i64 -2\n  v3:i64 = const_i64 5\n  \
             v4:i64 = const_i64 -10\n  v5:bool = const_bool 1\n  v6:val = box_bool v5\n  return v6\n",
        );
    }

    #[test]
    fn floor_division_follows_python_and_never_folds_an_exit() {
        assert_eq!(floor_div(7, -2), Some(-4));
        assert_eq!(floor_mod(7, -2), Some(-1));
        assert_eq!(floor_div(-7, 2), Some(-4));
        assert_eq!(floor_mod(-7, 2), Some(1));
        assert_eq!(floor_mod(-6, 2), Some(0));
        assert_eq!(floor_div(i64::MIN, -1), None);
        assert_eq!(floor_mod(i64::MIN, -1), None);
        assert_eq!(floor_div(1, 0), None);
        fold(
            "  v1:i64 = const_i64 -7\n  v2:i64 = const_i64 2\n  v3:i64 = const_i64 0\n  \
             v4:i64 = ifloordiv v1, v2 @snap0\n  v5:i64 = imod v1, v2 @snap0\n  v6:i64 = imod v1, v3 @snap0\n  \
             v7:i64 = iadd v4, v5\n  v8:i64 = iadd v7, v6\n  v9:val = box_i64 v8\n  return v9\n",
            "  v1:i64 = const_i64 -7\n  v2:i64 = const_i64 2\n  v3:i64 = const_i64 0\n  \
             v4:i64 = const_i64 -4\n  v5:i64 = const_i64 1\n  v6:i64 = imod v1, v3 @snap0\n  \
             v7:i64 = const_i64 -3\n  v8:i64 = iadd v7, v6\n  v9:val = box_i64 v8\n  return v9\n",
        );
    }

    #[test]
    fn an_overflowing_iadd_ovf_is_not_folded() {
        let body = "  v1:i64 = const_i64 9223372036854775807\n  v2:i64 = const_i64 1\n  \
                    v3:i64 = iadd_ovf v1, v2 @snap0\n  v4:i64 = const_i64 -9223372036854775808\n  \
                    v5:i64 = ineg_ovf v4 @snap0\n  v6:i64 = imul_ovf v1, v1 @snap0\n  v7:i64 = iadd v1, v2\n  \
                    v8:val = box_i64 v3\n  return v8\n";
        let wrapped = body.replace("v7:i64 = iadd v1, v2", "v7:i64 = const_i64 -9223372036854775808");
        fold(body, &wrapped);
    }

    #[test]
    fn float_folds_and_division_by_zero_stays() {
        fold(
            "  v1:f64 = const_f64 1.5\n  v2:f64 = const_f64 0.0\n  v3:f64 = fadd v1, v1\n  \
             v4:f64 = fdiv v1, v2 @snap0\n  v5:f64 = fdiv v3, v1 @snap0\n  v6:i64 = const_i64 3\n  \
             v7:f64 = itof v6\n  v8:bool = flt v7, v5\n  v9:f64 = fneg v2\n  guard_false v8 @snap0\n  \
             v10:val = box_f64 v4\n  return v10\n",
            "  v1:f64 = const_f64 1.5\n  v2:f64 = const_f64 0.0\n  v3:f64 = const_f64 3.0\n  \
             v4:f64 = fdiv v1, v2 @snap0\n  v5:f64 = const_f64 2.0\n  v6:i64 = const_i64 3\n  \
             v7:f64 = const_f64 3.0\n  v8:bool = const_bool 0\n  v9:f64 = const_f64 -0.0\n  \
             v10:val = box_f64 v4\n  return v10\n",
        );
    }

    #[test]
    fn identities_simplify_but_not_float_add_zero() {
        fold(
            "  v1:i64 = unbox_i64 v0 @snap0\n  v2:i64 = const_i64 0\n  v3:i64 = const_i64 1\n  \
             v4:i64 = iadd_ovf v1, v2 @snap0\n  v5:i64 = imul v3, v4\n  v6:i64 = isub_ovf v5, v5 @snap0\n  \
             v7:i64 = imul_ovf v1, v2 @snap0\n  v8:i64 = iadd v6, v7\n  v9:f64 = itof v1\n  \
             v10:f64 = const_f64 1.0\n  v11:f64 = fmul v9, v10\n  v12:f64 = const_f64 0.0\n  \
             v13:f64 = fadd v11, v12\n  v14:bool = ilt v1, v1\n  v15:bool = bnot v14\n  v16:bool = bnot v15\n  \
             guard_false v16 @snap0\n  v17:val = box_f64 v13\n  return v17\n",
            "  v1:i64 = unbox_i64 v0 @snap0\n  v2:i64 = const_i64 0\n  v3:i64 = const_i64 1\n  \
             v6:i64 = const_i64 0\n  v7:i64 = const_i64 0\n  v8:i64 = const_i64 0\n  v9:f64 = itof v1\n  \
             v10:f64 = const_f64 1.0\n  v12:f64 = const_f64 0.0\n  v13:f64 = fadd v9, v12\n  \
             v14:bool = const_bool 0\n  v15:bool = const_bool 1\n  v16:bool = const_bool 0\n  \
             v17:val = box_f64 v13\n  return v17\n",
        );
    }

    #[test]
    fn unbox_of_box_and_bnot_guards_simplify() {
        fold(
            "  v1:f64 = unbox_f64 v0 @snap0\n  v2:val = box_f64 v1\n  v3:f64 = unbox_f64 v2 @snap0\n  \
             v4:i64 = unbox_i64 v2 @snap0\n  v5:bool = feq v3, v3\n  v6:bool = bnot v5\n  guard_true v6 @snap0\n  \
             v7:val = box_f64 v3\n  return v7\n",
            "  v1:f64 = unbox_f64 v0 @snap0\n  v2:val = box_f64 v1\n  v4:i64 = unbox_i64 v2 @snap0\n  \
             v5:bool = feq v1, v1\n  v6:bool = bnot v5\n  guard_false v5 @snap0\n  v7:val = box_f64 v1\n  return v7\n",
        );
    }

    #[test]
    fn snapshots_name_raw_values_instead_of_their_boxes() {
        check(
            &["fold", "dce"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 4 slots 0=v2 stack v3]\n\
             block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  v2:val = box_i64 v1\n  \
             v3:val = box_i64 v1\n  guard_epoch 1 @snap1\n  setslot v0, v3, 0\n  return v0\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 4 slots 0=v1 stack v1]\n\
             block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  \
             v3:val = box_i64 v1\n  guard_epoch 1 @snap1\n  setslot v0, v3, 0\n  return v0\n",
        );
    }

    #[test]
    fn a_guard_that_always_fails_stays() {
        let body = "  v1:bool = const_bool 0\n  guard_true v1 @snap0\n  return v0\n";
        fold(body, body);
    }
}
