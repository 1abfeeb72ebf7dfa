//! Dead code elimination.
//!
//! Marks what is live, to a fixpoint, and removes the rest:
//!
//! - roots: every instruction that must run for its effect (guards, stores, calls, and the
//!   pure instructions whose exit raises an exception, see below), every `return` value
//!   and every `exit` snapshot;
//! - an instruction whose result is live is live; a live instruction makes its operands
//!   and the values of its snapshot live; a live sunk allocation makes its operands live;
//! - a parameter of a block other than `block0` is live when something live uses it, and
//!   then the matching argument of every jump to that block is live; a loop parameter that
//!   only feeds itself is dead.
//!
//! It removes pure, load and allocation instructions whose results are dead (including
//! pure ones that exit only to protect their own result: `iadd_ovf`), dead
//! block parameters (and their jump arguments), sunk allocations nobody references, and
//! snapshots no remaining instruction or exit names (the others are renumbered in order).
//!
//! It never removes guards, stores, calls, `range_next`, `zip_item` or `enum_count`
//! (their exits end the iteration), nor an unbox whose operand
//! was not boxed from the same kind in the region (the unbox is the type check of the
//! operation it feeds, whose `guard_type` the guards pass dropped), nor an `ifloordiv`, `imod`,
//! `fdiv` or `ishr` whose divisor or count is not a constant that rules the exit out:
//! their exit is a Python exception (`ZeroDivisionError`, `ValueError: negative shift
//! count`) that an unused `x // 0` must still raise. It does not touch `block0`'s
//! parameters (they are the entry frame's slots) or the constant pool.

use std::collections::{HashMap, HashSet};

use super::{constants, Const};
use crate::ir::*;

/// Where a value is defined.
#[derive(Clone, Copy)]
enum Def {
    Param(usize, usize),
    Inst(usize, usize),
    Sunk(usize),
}

/// Whether `i` may be removed when its result is unused; `boxes` maps values made by
/// `box_*` to the opcode that made them.
fn removable(i: &Inst, consts: &HashMap<Var, Const>, boxes: &HashMap<Var, Opcode>) -> bool {
    let int = |k: usize| match consts.get(&i.args[k]) {
        Some(Const::I64(x)) => Some(*x),
        _ => None,
    };
    // An unbox is the type check of the Python operation it feeds (the guards pass drops
    // the `guard_type` it implies): unused, it still runs, unless its operand was boxed
    // from the same kind (`x - x` folded to 0 must still fail for a float `x`).
    let boxed_by = |op: Opcode| boxes.get(&i.args[0]) == Some(&op);
    match i.op {
        Opcode::UnboxI64 => return boxed_by(Opcode::BoxI64),
        Opcode::UnboxF64 => return boxed_by(Opcode::BoxF64),
        Opcode::UnboxBool => return boxed_by(Opcode::BoxBool),
        _ => {}
    }
    // These leave where the interpreter raises (IndexError, NameError, AttributeError,
    // ValueError) or where an iteration ends (a `zip` item past the shortest input, an
    // `enumerate` count): unused, they still run.
    if matches!(
        i.op,
        Opcode::StrGet
            | Opcode::Global
            | Opcode::CellGet
            | Opcode::ModuleAttr
            | Opcode::MathF
            | Opcode::ZipItem
            | Opcode::EnumCount
    ) {
        return false;
    }
    match i.op.sig().effect {
        Effect::Load | Effect::Alloc => true,
        Effect::Pure => match i.op {
            Opcode::IFloorDiv | Opcode::IMod => int(1).is_some_and(|d| d != 0 && d != -1),
            Opcode::IShr => int(1).is_some_and(|c| c >= 0),
            Opcode::FDiv => matches!(consts.get(&i.args[1]), Some(Const::F64(d)) if *d != 0.0),
            _ => true,
        },
        Effect::Store | Effect::Call | Effect::Guard => false,
    }
}

struct Marker<'a> {
    r: &'a Region,
    defs: HashMap<Var, Def>,
    live: HashSet<Var>,
    live_snaps: HashSet<SnapId>,
    work: Vec<Var>,
}

impl Marker<'_> {
    fn var(&mut self, v: Var) {
        if self.live.insert(v) {
            self.work.push(v);
        }
    }

    fn snap(&mut self, s: SnapId) {
        if self.live_snaps.insert(s) {
            let r = self.r;
            for f in &r.snaps[s.index()].frames {
                f.slots.iter().for_each(|&(_, v)| self.var(v));
                f.stack.iter().for_each(|&v| self.var(v));
            }
        }
    }

    fn inst(&mut self, i: &Inst) {
        i.args.iter().for_each(|&a| self.var(a));
        if let Some(s) = i.snap {
            self.snap(s);
        }
    }

    fn run(&mut self) {
        let r = self.r;
        while let Some(v) = self.work.pop() {
            match self.defs.get(&v).copied() {
                Some(Def::Inst(b, k)) => self.inst(&r.blocks[b].insts[k]),
                Some(Def::Sunk(k)) => r.sunk[k].args.iter().for_each(|&a| self.var(a)),
                Some(Def::Param(b, p)) if b > 0 => {
                    for blk in &r.blocks {
                        if let Some(Term::Jump(t, args)) = &blk.term {
                            if t.index() == b {
                                self.var(args[p]);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Removes everything that does not contribute to an effect, an exit or a result; see the
/// module documentation.
pub fn run(r: &mut Region) {
    let consts = constants(r);
    let mut defs = HashMap::new();
    for (b, blk) in r.blocks.iter().enumerate() {
        for (p, &(v, _)) in blk.params.iter().enumerate() {
            defs.insert(v, Def::Param(b, p));
        }
        for (k, i) in blk.insts.iter().enumerate() {
            if let Some(v) = i.result() {
                defs.insert(v, Def::Inst(b, k));
            }
        }
    }
    for (k, i) in r.sunk.iter().enumerate() {
        defs.insert(i.result().expect("a sunk allocation has a result"), Def::Sunk(k));
    }
    let boxes: HashMap<Var, Opcode> = r
        .insts()
        .filter(|(_, i)| matches!(i.op, Opcode::BoxI64 | Opcode::BoxF64 | Opcode::BoxBool))
        .filter_map(|(_, i)| Some((i.result()?, i.op)))
        .collect();
    let mut m = Marker { r, defs, live: HashSet::new(), live_snaps: HashSet::new(), work: Vec::new() };
    for blk in &r.blocks {
        for i in &blk.insts {
            if !removable(i, &consts, &boxes) {
                m.inst(i);
            }
        }
        match &blk.term {
            Some(Term::Return(v)) => m.var(*v),
            Some(Term::Exit(s)) => m.snap(*s),
            // `block0`'s parameters always stay, so what a jump back to it passes is live.
            Some(Term::Jump(t, args)) if t.index() == 0 => args.iter().for_each(|&a| m.var(a)),
            _ => {}
        }
    }
    m.run();
    let (live, live_snaps) = (m.live, m.live_snaps);

    for b in 0..r.blocks.len() {
        r.blocks[b]
            .insts
            .retain(|i| !removable(i, &consts, &boxes) || i.result().is_some_and(|v| live.contains(&v)));
        if b == 0 {
            continue;
        }
        let dead: Vec<usize> =
            (0..r.blocks[b].params.len()).filter(|&p| !live.contains(&r.blocks[b].params[p].0)).collect();
        for &p in dead.iter().rev() {
            r.blocks[b].params.remove(p);
            for blk in &mut r.blocks {
                if let Some(Term::Jump(t, args)) = &mut blk.term {
                    if t.index() == b {
                        args.remove(p);
                    }
                }
            }
        }
    }
    r.sunk.retain(|i| i.result().is_some_and(|v| live.contains(&v)));

    // Keep the snapshots still named, in order.
    let mut renumber: HashMap<SnapId, SnapId> = HashMap::new();
    let snaps = std::mem::take(&mut r.snaps);
    for (k, s) in snaps.into_iter().enumerate() {
        if live_snaps.contains(&SnapId(k as u32)) {
            renumber.insert(SnapId(k as u32), SnapId(r.snaps.len() as u32));
            r.snaps.push(s);
        }
    }
    for blk in &mut r.blocks {
        for i in &mut blk.insts {
            if let Some(s) = &mut i.snap {
                *s = renumber[s];
            }
        }
        if let Some(Term::Exit(s)) = &mut blk.term {
            *s = renumber[s];
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const HEAD: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\n";

    fn dce(body: &str, expected: &str) {
        check(
            &["dce"],
            &format!("{HEAD}block0(v0:val slot 0):\n{body}"),
            &format!(
                "{}block0(v0:val slot 0):\n{expected}",
                if expected.contains("@snap0") { HEAD } else { "" }
            ),
        );
    }

    #[test]
    fn unused_pure_instructions_go_transitively() {
        // The unbox of the parameter stays: it is the type check of what it fed.
        dce(
            "  v1:i64 = unbox_i64 v0 @snap0\n  v2:i64 = iadd_ovf v1, v1 @snap0\n  v3:val = box_i64 v2\n  \
             v4:val = getslot v0, 1\n  v5:val = new_tuple v4\n  return v0\n",
            "  v1:i64 = unbox_i64 v0 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn an_unused_unbox_goes_only_when_its_operand_was_boxed_from_the_same_kind() {
        dce(
            "  v1:i64 = const_i64 3\n  v2:val = box_i64 v1\n  v3:i64 = unbox_i64 v2 @snap0\n  \
             v4:f64 = unbox_f64 v2 @snap0\n  v5:bool = unbox_bool v0 @snap0\n  return v0\n",
            "  v1:i64 = const_i64 3\n  v2:val = box_i64 v1\n  v4:f64 = unbox_f64 v2 @snap0\n  \
             v5:bool = unbox_bool v0 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn guards_stores_and_calls_stay_with_what_they_use() {
        let body = "  v1:f64 = unbox_f64 v0 @snap0\n  v2:bool = flt v1, v1\n  guard_false v2 @snap0\n  \
                    v3:val = box_f64 v1\n  setslot v0, v3, 0\n  v4:val = call v0 @snap0\n  \
                    v5:i64 = range_next v0 @snap0\n  return v0\n";
        dce(body, body);
    }

    #[test]
    fn a_division_that_may_raise_stays_but_one_that_cannot_goes() {
        let unknown = "  v1:i64 = unbox_i64 v0 @snap0\n  v2:i64 = ifloordiv v1, v1 @snap0\n  \
                       v3:f64 = itof v1\n  v4:f64 = fdiv v3, v3 @snap0\n  return v0\n";
        dce(unknown, unknown);
        dce(
            "  v1:i64 = unbox_i64 v0 @snap0\n  v2:i64 = const_i64 3\n  v3:i64 = ifloordiv v1, v2 @snap0\n  \
             v4:i64 = ishr v1, v2 @snap0\n  return v0\n",
            "  v1:i64 = unbox_i64 v0 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn snapshots_keep_values_alive_and_unused_snapshots_go() {
        // v1 is unused but named by snap1, which the guard needs; so v1's unboxing stays,
        // and with it snap2. snap0 (of an unused add) and the sunk v4 are named by nothing
        // that stays.
        check(
            &["dce"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 3 slots 0=v1 stack v3]\n\
             snap2 = [k0 pc 6 slots 0=v2 stack]\nsunk v3:val = new_tuple v2\nsunk v4:val = new_tuple v0\n\
             block0(v0:val slot 0):\n  v2:val = getslot v0, 0\n  v1:i64 = unbox_i64 v0 @snap2\n  \
             v5:i64 = const_i64 2\n  v6:i64 = iadd_ovf v5, v5 @snap0\n  guard_epoch 1 @snap1\n  return v0\n",
            "snap0 = [k0 pc 3 slots 0=v1 stack v3]\nsnap1 = [k0 pc 6 slots 0=v2 stack]\n\
             sunk v3:val = new_tuple v2\n\
             block0(v0:val slot 0):\n  v2:val = getslot v0, 0\n  v1:i64 = unbox_i64 v0 @snap1\n  \
             guard_epoch 1 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn a_loop_parameter_that_only_feeds_itself_is_dead() {
        check(
            &["dce"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:i64 = const_i64 0\n  \
             jump block1(v1, v0)\nblock1(v2:i64, v3:val):\n  v4:i64 = iadd v2, v2\n  guard_type v3, \"int\" @snap0\n  \
             jump block1(v4, v3)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  \
             jump block1(v0)\nblock1(v3:val):\n  guard_type v3, \"int\" @snap0\n  \
             jump block1(v3)\n",
        );
    }

    #[test]
    fn what_a_loop_on_block0_passes_back_stays() {
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  \
                    v2:i64 = iadd_ovf v1, v1 @snap0\n  v3:val = box_i64 v2\n  v4:val = box_i64 v1\n  jump block0(v3)\n";
        check(&["dce"], text, &text.replace("  v4:val = box_i64 v1\n", ""));
    }
}
