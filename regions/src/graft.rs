//! Trace trees: a bridge that ends at its own loop's header grafted onto the loop.
//!
//! A loop whose body branches on data (`if v == player: ... elif v == other: ...`)
//! leaves its trace through the branch guards on most iterations. A linked bridge then
//! costs a frame image, a call and a reload per iteration. Grafting instead compiles the
//! loop again with the bridge inside it (the trace trees of Gal and Franz): the guard's
//! failure jumps to the bridge's block, and the bridge's end jumps back to `block0` with
//! the header's values boxed, as the interpreter would hold them. The bridge's other
//! exits stay exits (of the grafted region), and their own bridges can be grafted in
//! turn.

use crate::exec::Compiled;
use crate::ir::{Block, BlockId, Graft, Imm, Inst, KonstId, Opcode, Region, SnapId, Snapshot, Term, Ty, Var};
use kiln_vm::interp::code_ref;
use kiln_vm::object::ObjKind;
use kiln_vm::value::Value;

/// The locals of snapshot frame `f`'s code, when its code constant is a code object.
fn nlocals(c: &Compiled, code: KonstId) -> Option<usize> {
    let v = *c.values.get(code.index())?;
    matches!(v.kind(), Some(ObjKind::Code(_))).then(|| code_ref(v).nlocals())
}

/// The value at frame position `pos` (a local below `nlocals`, then the value stack) of a
/// one-frame snapshot, if it is bound.
fn at(snap: &Snapshot, nlocals: usize, pos: u32) -> Option<Var> {
    let f = &snap.frames[0];
    if (pos as usize) < nlocals {
        f.slots.iter().find(|(s, _)| *s == pos).map(|x| x.1)
    } else {
        f.stack.get(pos as usize - nlocals).copied()
    }
}

/// Whether one-frame snapshot `snap` binds exactly the positions `c` expects bound at its
/// entry (all of `bound`, none of `unbound`) and has its height.
fn fits(snap: &Snapshot, nlocals: usize, c: &Compiled) -> bool {
    let f = &snap.frames[0];
    nlocals + f.stack.len() == c.height()
        && c.unbound().iter().all(|&p| at(snap, nlocals, p).is_none())
        && c.bound().iter().all(|&p| at(snap, nlocals, p).is_some())
}

/// `parent` (a compiled loop whose header is `header`) with `bridge`, recorded from its
/// exit `s`, grafted onto it: the region and its constants' values. `Err(why)` when the
/// bridge cannot be grafted and stays a linked bridge.
pub fn graft(
    parent: &Compiled,
    bridge: &Compiled,
    s: SnapId,
    header: u32,
) -> Result<(Region, Vec<Value>), &'static str> {
    let p = &parent.region;
    let b = &bridge.region;
    if p.grafts.iter().any(|g| g.snap == s) {
        return Err("already grafted");
    }
    if p.konsts.len() != parent.values.len() || b.konsts.len() != bridge.values.len() {
        return Err("constants without values");
    }
    let snap = p.snaps.get(s.index()).ok_or("no such snapshot")?;
    if snap.frames.len() != 1 {
        return Err("an exit inside inlined calls");
    }
    let n = nlocals(parent, snap.frames[0].code).ok_or("an exit frame without its code")?;
    if !fits(snap, n, bridge) {
        return Err("the exit's frame does not fit the bridge");
    }
    let b0 = b.blocks.first().ok_or("an empty bridge")?;
    // The bridge's blocks run forward (a bridge does not loop) and end at the header.
    let mut ends = Vec::new();
    for (bi, blk) in b.blocks.iter().enumerate() {
        match &blk.term {
            Some(Term::Jump(t, _)) if t.index() > bi => {}
            Some(Term::Exit(e)) => ends.push(*e),
            _ => return Err("a bridge that loops or returns"),
        }
    }
    let code = |c: &Compiled, k: KonstId| c.values.get(k.index()).map(|v| v.bits());
    for e in &ends {
        let end = &b.snaps[e.index()];
        if end.frames.len() != 1 || end.frames[0].pc != header {
            return Err("a bridge that ends at another loop");
        }
        if code(bridge, end.frames[0].code) != code(parent, snap.frames[0].code) {
            return Err("a bridge that ends in another function");
        }
        if !fits(end, n, parent) {
            return Err("the bridge's end does not fit the loop");
        }
    }
    let version =
        |r: &Region| r.insts().find(|(_, i)| i.op == Opcode::GuardVersion).map(|(_, i)| i.imms.clone());
    if let (Some(a), Some(z)) = (version(p), version(b)) {
        if a != z {
            return Err("a bridge recorded under another type version");
        }
    }
    // The values the guard passes: the exit's, at the bridge's entry positions.
    let mut args = Vec::with_capacity(b0.param_slots.len());
    for &pos in &b0.param_slots {
        let v = at(snap, n, pos).ok_or("a bridge that reads a local the exit leaves unbound")?;
        if parent.is_sunk(v) {
            return Err("an exit that holds an allocation it sank");
        }
        args.push(v);
    }
    // The bridge's values, constants, snapshots and block, numbered after the parent's.
    let voff = p.next_var().0;
    let koff = p.konsts.len() as u32;
    let soff = p.snaps.len() as u32;
    let var = |v: Var| Var(v.0 + voff);
    let inst = |i: &Inst| Inst {
        dst: i.dst.map(|(v, t)| (var(v), t)),
        op: i.op,
        args: i.args.iter().map(|&a| var(a)).collect(),
        imms: i
            .imms
            .iter()
            .map(|m| match m {
                Imm::Konst(k) => Imm::Konst(KonstId(k.0 + koff)),
                other => other.clone(),
            })
            .collect(),
        snap: i.snap.map(|x| SnapId(x.0 + soff)),
    };
    let mut m = p.clone();
    m.konsts.extend(b.konsts.iter().cloned());
    m.snaps.extend(b.snaps.iter().map(|sn| {
        let mut sn = sn.clone();
        for f in &mut sn.frames {
            f.code = KonstId(f.code.0 + koff);
            f.slots.iter_mut().for_each(|(_, v)| *v = var(*v));
            f.stack.iter_mut().for_each(|v| *v = var(*v));
        }
        sn
    }));
    m.sunk.extend(b.sunk.iter().map(inst));
    let boff = p.blocks.len() as u32;
    m.grafts.push(Graft { snap: s, block: BlockId(boff), args });
    let mut next = voff + b.next_var().0;
    for blk in &b.blocks {
        let mut block = Block {
            params: blk.params.iter().map(|&(v, t)| (var(v), t)).collect(),
            param_slots: Vec::new(),
            insts: blk.insts.iter().map(inst).collect(),
            term: None,
        };
        block.term = Some(match &blk.term {
            Some(Term::Jump(t, targs)) => {
                Term::Jump(BlockId(t.0 + boff), targs.iter().map(|&a| var(a)).collect())
            }
            Some(Term::Exit(e)) => {
                // The end: the header's values, boxed, for block0's parameters.
                let end = &b.snaps[e.index()];
                let mut jump = Vec::with_capacity(p.blocks[0].param_slots.len());
                for &pos in &p.blocks[0].param_slots {
                    let v = at(end, n, pos).ok_or("a header value the bridge leaves unbound")?;
                    if bridge.is_sunk(v) {
                        return Err("a bridge that ends holding an allocation it sank");
                    }
                    let op = match bridge.ty(v) {
                        Ty::Val => {
                            jump.push(var(v));
                            continue;
                        }
                        Ty::I64 => Opcode::BoxI64,
                        Ty::F64 => Opcode::BoxF64,
                        Ty::Bool => Opcode::BoxBool,
                    };
                    let boxed = Var(next);
                    next += 1;
                    block.insts.push(Inst {
                        dst: Some((boxed, Ty::Val)),
                        op,
                        args: vec![var(v)],
                        imms: vec![],
                        snap: None,
                    });
                    jump.push(boxed);
                }
                Term::Jump(BlockId(0), jump)
            }
            _ => return Err("a bridge that loops or returns"),
        });
        m.blocks.push(block);
    }
    let mut values = parent.values.clone();
    values.extend(bridge.values.iter().copied());
    Ok((m, values))
}
