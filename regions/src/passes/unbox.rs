//! Unboxing of block parameters: loop-carried numbers travel raw instead of boxed.
//!
//! A parameter of type `val` (of any block but `block0`) whose incoming value on every
//! edge is known to be a boxed `i64` (or every one a boxed `f64`, or `bool`) becomes a
//! parameter of the raw type, and each edge passes the raw value instead. An incoming
//! value is known to be boxed when it is a `box_i64 x` (the edge passes `x`), when an
//! `unbox_i64` of it is available at the jump (the edge passes that result: the value
//! passed its type check, and boxing the result again gives the same number), or when the
//! edge passes the parameter back unchanged. In the block and after it:
//!
//! - `unbox_i64` of the parameter becomes the parameter itself (no check is needed: the
//!   value was a box of a raw integer on every edge);
//! - snapshots and sunk allocations name the raw parameter directly (the executor boxes
//!   raw values when it writes frames back or materializes an object);
//! - every other use (a `setslot`, a call, a jump argument) reads a `box_i64` of the
//!   parameter placed at the top of the block, which `dce` removes when nothing uses it.
//!
//! It repeats until no parameter qualifies, so a box that one unboxing exposes as a jump
//! argument can unbox the next parameter. After `peel`, both edges of the loop carry the
//! boxes made by the same code, which is why it runs after peeling. It does not unbox
//! `block0`'s parameters (the entry frame holds boxed values), values loaded from the heap,
//! or a parameter whose edges disagree on the kind of box.

use std::collections::HashMap;

use super::{apply_subst, preds, resolve};
use crate::ir::*;

/// The box opcode, the raw type and the unbox opcode of each kind of box.
const KINDS: &[(Opcode, Ty, Opcode)] = &[
    (Opcode::BoxI64, Ty::I64, Opcode::UnboxI64),
    (Opcode::BoxF64, Ty::F64, Opcode::UnboxF64),
    (Opcode::BoxBool, Ty::Bool, Opcode::UnboxBool),
];

/// Unboxes block parameters whose every incoming value is a box; see the module
/// documentation.
pub fn run(r: &mut Region) {
    while let Some((b, p, kind)) = candidate(r) {
        unbox(r, b, p, kind);
    }
}

/// What the region knows about boxes: the box instructions (result -> opcode, raw
/// operand), and for each value and unbox opcode the earliest unbox of it (block, result).
struct Boxes {
    boxes: HashMap<Var, (Opcode, Var)>,
    unboxes: HashMap<(Var, Opcode), (usize, Var)>,
}

impl Boxes {
    fn of(r: &Region) -> Boxes {
        let mut boxes = HashMap::new();
        let mut unboxes = HashMap::new();
        for (b, i) in r.insts() {
            let Some(v) = i.result() else { continue };
            if KINDS.iter().any(|k| k.0 == i.op) {
                boxes.insert(v, (i.op, i.args[0]));
            } else if KINDS.iter().any(|k| k.2 == i.op) {
                unboxes.entry((i.args[0], i.op)).or_insert((b.index(), v));
            }
        }
        Boxes { boxes, unboxes }
    }

    /// The raw value of kind `kind` that the jump of block `from` can pass instead of
    /// `arg` for `param`: `arg`'s raw operand if it is a box of that kind, the result of
    /// an unbox of `arg` that is available at the jump, or the parameter itself when the
    /// edge passes it back unchanged.
    fn raw(&self, from: usize, arg: Var, param: Var, kind: usize) -> Option<Var> {
        let (box_op, _, unbox_op) = KINDS[kind];
        if arg == param {
            return Some(param);
        }
        match self.boxes.get(&arg) {
            Some(&(op, x)) if op == box_op => return Some(x),
            _ => {}
        }
        self.unboxes.get(&(arg, unbox_op)).filter(|(b, _)| *b <= from).map(|&(_, v)| v)
    }
}

fn incoming(r: &Region, f: usize, p: usize) -> Var {
    match &r.blocks[f].term {
        Some(Term::Jump(_, args)) => args[p],
        _ => unreachable!("preds only lists jumps"),
    }
}

/// The first parameter that qualifies: (block, parameter index, index into `KINDS`).
fn candidate(r: &Region) -> Option<(usize, usize, usize)> {
    let boxes = Boxes::of(r);
    for b in 1..r.blocks.len() {
        let from = preds(r, BlockId(b as u32));
        for (p, &(param, ty)) in r.blocks[b].params.iter().enumerate() {
            if ty != Ty::Val || from.iter().all(|&f| incoming(r, f, p) == param) {
                continue;
            }
            for kind in 0..KINDS.len() {
                if from.iter().all(|&f| boxes.raw(f, incoming(r, f, p), param, kind).is_some()) {
                    return Some((b, p, kind));
                }
            }
        }
    }
    None
}

fn unbox(r: &mut Region, b: usize, p: usize, kind: usize) {
    let (box_op, raw_ty, unbox_op) = KINDS[kind];
    let param = r.blocks[b].params[p].0;
    let from = preds(r, BlockId(b as u32));
    let boxes = Boxes::of(r);
    let raw_in: Vec<Var> = from
        .iter()
        .map(|&f| boxes.raw(f, incoming(r, f, p), param, kind).expect("checked by candidate"))
        .collect();

    // Every use but the snapshots' and sunk allocations' reads the box of the raw
    // parameter.
    let boxed = r.next_var();
    let to_box = |v: &mut Var| {
        if *v == param {
            *v = boxed;
        }
    };
    for blk in &mut r.blocks[b..] {
        for i in &mut blk.insts {
            i.args.iter_mut().for_each(to_box);
        }
        match &mut blk.term {
            Some(Term::Jump(_, args)) => args.iter_mut().for_each(to_box),
            Some(Term::Return(v)) => to_box(v),
            _ => {}
        }
    }
    for (&f, raw) in from.iter().zip(raw_in) {
        if let Some(Term::Jump(_, args)) = &mut r.blocks[f].term {
            args[p] = raw;
        }
    }

    // Unboxing the parameter gives the raw parameter.
    let mut subst = HashMap::new();
    for blk in &mut r.blocks[b..] {
        blk.insts.retain(|i| {
            if i.op == unbox_op && resolve(&subst, i.args[0]) == boxed {
                subst.insert(i.result().expect("an unbox has a result"), param);
                return false;
            }
            true
        });
    }
    apply_subst(r, &subst);

    let blk = &mut r.blocks[b];
    blk.params[p].1 = raw_ty;
    blk.insts.insert(
        0,
        Inst { dst: Some((boxed, Ty::Val)), op: box_op, args: vec![param], imms: vec![], snap: None },
    );
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const SNAPS: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 5 slots 0=v3 stack]\n";

    /// A counting loop after peeling: both edges into block2 pass a `box_i64`.
    fn counter(loop_body: &str) -> String {
        format!(
            "{SNAPS}block0(v0:val slot 0):\n  v1:i64 = const_i64 1\n  jump block1(v0)\n\
             block1(v2:val):\n  v4:i64 = unbox_i64 v2 @snap0\n  v5:i64 = iadd_ovf v4, v1 @snap0\n  \
             v6:val = box_i64 v5\n  jump block2(v6)\n\
             block2(v3:val):\n{loop_body}"
        )
    }

    #[test]
    fn a_loop_carried_integer_becomes_raw() {
        check(
            &["unbox"],
            &counter(
                "  v7:i64 = unbox_i64 v3 @snap1\n  v8:i64 = iadd_ovf v7, v1 @snap1\n  v9:val = box_i64 v8\n  \
                 jump block2(v9)\n",
            ),
            &counter(
                "  v10:val = box_i64 v3\n  v8:i64 = iadd_ovf v3, v1 @snap1\n  v9:val = box_i64 v8\n  \
                 jump block2(v8)\n",
            )
            .replace("jump block2(v6)", "jump block2(v5)")
            .replace("block2(v3:val)", "block2(v3:i64)"),
        );
    }

    #[test]
    fn other_uses_read_a_box_made_at_the_top_of_the_block() {
        let input = counter(
            "  setslot v0, v3, 1\n  v7:i64 = unbox_i64 v3 @snap1\n  v8:i64 = iadd_ovf v7, v1 @snap1\n  \
             v9:val = box_i64 v8\n  jump block2(v9)\n",
        );
        let expected = counter(
            "  v10:val = box_i64 v3\n  setslot v0, v10, 1\n  v8:i64 = iadd_ovf v3, v1 @snap1\n  \
             jump block2(v8)\n",
        )
        .replace("  v6:val = box_i64 v5\n  jump block2(v6)", "  jump block2(v5)")
        .replace("block2(v3:val)", "block2(v3:i64)");
        check(&["unbox", "dce"], &input, &expected);
    }

    #[test]
    fn a_parameter_with_an_edge_that_is_not_a_box_stays_boxed() {
        // block1's only edge passes the entry frame's boxed value.
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  jump block1(v0)\n\
                    block1(v1:val):\n  v2:f64 = unbox_f64 v1 @snap0\n  v3:f64 = fadd v2, v2\n  \
                    v4:val = box_f64 v3\n  jump block1(v4)\n";
        check(&["unbox"], text, text);
    }

    #[test]
    fn edges_with_different_kinds_of_box_stay_boxed() {
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:i64 = const_i64 1\n  \
                    v2:val = box_i64 v1\n  jump block1(v2)\n\
                    block1(v3:val):\n  v4:f64 = const_f64 1.0\n  v5:val = box_f64 v4\n  jump block1(v5)\n";
        check(&["unbox"], text, text);
    }

    #[test]
    fn floats_unbox_and_a_parameter_passed_back_unchanged_is_fine() {
        check(
            &["unbox", "dce"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:f64 = const_f64 0.5\n  \
             v2:val = box_f64 v1\n  jump block1(v2, v2)\n\
             block1(v3:val, v4:val):\n  v5:f64 = unbox_f64 v3 @snap0\n  v6:f64 = unbox_f64 v4 @snap0\n  \
             v7:f64 = fadd v5, v6\n  v8:val = box_f64 v7\n  v9:bool = flt v7, v5\n  guard_true v9 @snap0\n  \
             jump block1(v3, v8)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:f64 = const_f64 0.5\n  \
             jump block1(v1, v1)\n\
             block1(v3:f64, v4:f64):\n  v7:f64 = fadd v3, v4\n  v9:bool = flt v7, v3\n  guard_true v9 @snap0\n  \
             jump block1(v3, v7)\n",
        );
    }

    #[test]
    fn an_entry_value_unboxed_before_the_jump_passes_raw() {
        // block0's v0 is boxed, but block1 unboxed it (the peeled iteration did), so
        // block2 receives the unboxed v2 on its entry edge.
        check(
            &["unbox", "dce"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 2 slots 0=v4 stack]\n\
             block0(v0:val slot 0):\n  jump block1()\n\
             block1():\n  v2:i64 = unbox_i64 v0 @snap0\n  jump block2(v0)\n\
             block2(v4:val):\n  guard_epoch 1 @snap1\n  v5:i64 = unbox_i64 v4 @snap0\n  \
             v6:i64 = iadd_ovf v5, v2 @snap0\n  v7:val = box_i64 v6\n  jump block2(v7)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 2 slots 0=v4 stack]\n\
             block0(v0:val slot 0):\n  jump block1()\n\
             block1():\n  v2:i64 = unbox_i64 v0 @snap0\n  jump block2(v2)\n\
             block2(v4:i64):\n  guard_epoch 1 @snap1\n  v6:i64 = iadd_ovf v4, v2 @snap0\n  jump block2(v6)\n",
        );
    }
}
