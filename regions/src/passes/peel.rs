//! Loop peeling: the first iteration of the loop becomes its own block, so that `cse` and
//! `guards` can hoist the loop's invariant work into it.
//!
//! When the last block jumps back to itself, its body is duplicated once. The original
//! block becomes the peeled first iteration and now jumps to the copy; the copy (fresh
//! value numbers, fresh parameters) becomes the loop and jumps to itself. Snapshots that
//! the copy's instructions name and that mention renamed values are duplicated with the
//! values renamed, and so are the sunk allocations they depend on; snapshots that mention
//! only values from before the loop are shared.
//!
//! The pass only copies. Hoisting happens in the passes that run after it: every
//! instruction of the loop whose operands are all defined before the loop has a twin in
//! the peeled iteration with the same operands, so `cse` merges pure instructions with
//! their twins and `guards` removes guards that their twins already checked; `cse` also
//! removes loop parameters that are passed back unchanged, which makes more operands
//! invariant.
//!
//! # Why peeling rather than classic loop-invariant code motion
//!
//! This is LuaJIT's approach, for the same reasons. In a region almost every instruction
//! is a guard or may exit (type checks, overflow checks, unboxing), and each exit names the
//! snapshot of its own point in the iteration. Moving such an instruction above the loop
//! would need a proof that executing it earlier is safe and a new snapshot for the place
//! it moves to. With a peeled iteration neither is needed: the twin already executed, on
//! the same operands, with a correct snapshot, so the loop's copy is simply redundant and
//! merging it is plain CSE, with no separate code-motion machinery to get wrong. Peeling
//! also gives the loop's parameters an entry value computed by the same code as the
//! back-edge value (for example a `box_f64` on both edges), which is what `unbox` needs
//! to unbox loop-carried numbers. The cost is that the loop body appears twice in the
//! region.
//!
//! It does not peel loops that span several blocks, nor a loop that is not the last
//! block; running it twice peels twice.

use std::collections::HashMap;

use crate::ir::*;

/// Peels the first iteration off a loop in the last block; see the module documentation.
pub fn run(r: &mut Region) {
    let Some(n) = r.blocks.len().checked_sub(1) else { return };
    let Some(Term::Jump(target, back)) = r.blocks[n].term.clone() else { return };
    if target.index() != n {
        return;
    }
    let loop_id = BlockId(n as u32 + 1);
    let mut next = r.next_var().0;
    let mut fresh = || {
        next += 1;
        Var(next - 1)
    };
    let mut map: HashMap<Var, Var> = HashMap::new();
    let mut copy = Block::default();
    for &(p, ty) in &r.blocks[n].params {
        let q = fresh();
        map.insert(p, q);
        copy.params.push((q, ty));
    }
    for i in &r.blocks[n].insts {
        if let Some(v) = i.result() {
            map.insert(v, fresh());
        }
    }
    // Sunk allocations whose operands (perhaps through other sunk ones) are renamed.
    let mut new_sunk: Vec<usize> = Vec::new();
    loop {
        let before = new_sunk.len();
        for (k, s) in r.sunk.iter().enumerate() {
            let v = s.result().expect("a sunk allocation has a result");
            if !map.contains_key(&v) && s.args.iter().any(|a| map.contains_key(a)) {
                map.insert(v, fresh());
                new_sunk.push(k);
            }
        }
        if new_sunk.len() == before {
            break;
        }
    }
    let rename = |v: Var| map.get(&v).copied().unwrap_or(v);
    let renamed = |i: &Inst| Inst {
        dst: i.dst.map(|(v, ty)| (rename(v), ty)),
        args: i.args.iter().map(|&a| rename(a)).collect(),
        ..i.clone()
    };
    let sunk_copies: Vec<Inst> = new_sunk.iter().map(|&k| renamed(&r.sunk[k])).collect();
    r.sunk.extend(sunk_copies);

    let mut snap_map: HashMap<SnapId, SnapId> = HashMap::new();
    for i in &r.blocks[n].insts {
        let mut c = renamed(i);
        if let Some(s) = i.snap {
            c.snap = Some(*snap_map.entry(s).or_insert_with(|| {
                let old = &r.snaps[s.index()];
                let mut snap = old.clone();
                for f in &mut snap.frames {
                    f.slots.iter_mut().for_each(|(_, v)| *v = rename(*v));
                    f.stack.iter_mut().for_each(|v| *v = rename(*v));
                }
                if snap == *old {
                    return s;
                }
                r.snaps.push(snap);
                SnapId(r.snaps.len() as u32 - 1)
            }));
        }
        copy.insts.push(c);
    }
    copy.term = Some(Term::Jump(loop_id, back.iter().map(|&a| rename(a)).collect()));
    r.blocks[n].term = Some(Term::Jump(loop_id, back));
    r.blocks.push(copy);
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    #[test]
    fn the_loop_is_copied_with_fresh_values_and_renamed_snapshots() {
        check(
            &["peel"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 3 slots 0=v2 1=v3 stack]\n\
             block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  jump block1(v1)\n\
             block1(v2:i64):\n  v3:i64 = iadd_ovf v2, v1 @snap0\n  guard_epoch 1 @snap1\n  jump block1(v3)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 3 slots 0=v2 1=v3 stack]\n\
             snap2 = [k0 pc 3 slots 0=v4 1=v5 stack]\n\
             block0(v0:val slot 0):\n  v1:i64 = unbox_i64 v0 @snap0\n  jump block1(v1)\n\
             block1(v2:i64):\n  v3:i64 = iadd_ovf v2, v1 @snap0\n  guard_epoch 1 @snap1\n  jump block2(v3)\n\
             block2(v4:i64):\n  v5:i64 = iadd_ovf v4, v1 @snap0\n  guard_epoch 1 @snap2\n  jump block2(v5)\n",
        );
    }

    #[test]
    fn a_region_without_a_loop_at_the_end_is_left_alone() {
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  jump block1()\n\
                    block1():\n  guard_epoch 1 @snap0\n  return v0\n";
        check(&["peel"], text, text);
    }

    #[test]
    fn peeling_then_cse_and_guards_hoists_invariant_work() {
        // v3 is passed back unchanged, so it is invariant: its class guard, the load (no
        // store in the loop changes it) and the invariant multiplications stay in the
        // peeled iteration only; the accumulation stays in the loop.
        check(
            &["peel", "cse", "guards"],
            "snap0 = [k0 pc 0 slots 0=v0 1=v1 stack]\n\
             block0(v0:val slot 0, v1:val slot 1):\n  v2:f64 = unbox_f64 v1 @snap0\n  jump block1(v0, v2)\n\
             block1(v3:val, v4:f64):\n  guard_class v3, k1, 2 @snap0\n  v5:val = getslot v3, 0\n  \
             v6:f64 = unbox_f64 v5 @snap0\n  v7:f64 = fmul v2, v2\n  v8:f64 = fmul v6, v7\n  \
             v9:f64 = fadd v4, v8\n  jump block1(v3, v9)\n",
            "snap0 = [k0 pc 0 slots 0=v0 1=v1 stack]\n\
             block0(v0:val slot 0, v1:val slot 1):\n  v2:f64 = unbox_f64 v1 @snap0\n  jump block1()\n\
             block1():\n  guard_class v0, k1, 2 @snap0\n  v5:val = getslot v0, 0\n  \
             v6:f64 = unbox_f64 v5 @snap0\n  v7:f64 = fmul v2, v2\n  v8:f64 = fmul v6, v7\n  \
             v9:f64 = fadd v2, v8\n  jump block2(v9)\n\
             block2(v11:f64):\n  v16:f64 = fadd v11, v8\n  jump block2(v16)\n",
        );
    }

    #[test]
    fn sunk_allocations_named_by_the_loop_are_copied() {
        check(
            &["peel"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 2 slots 0=v9 stack]\n\
             sunk v9:val = new_tuple v0, v2\nblock0(v0:val slot 0):\n  jump block1(v0)\n\
             block1(v1:val):\n  v2:val = call v1 @snap0\n  guard_epoch 1 @snap1\n  jump block1(v2)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 2 slots 0=v9 stack]\n\
             snap2 = [k0 pc 2 slots 0=v12 stack]\n\
             sunk v9:val = new_tuple v0, v2\nsunk v12:val = new_tuple v0, v11\nblock0(v0:val slot 0):\n  jump block1(v0)\n\
             block1(v1:val):\n  v2:val = call v1 @snap0\n  guard_epoch 1 @snap1\n  jump block2(v2)\n\
             block2(v10:val):\n  v11:val = call v10 @snap0\n  guard_epoch 1 @snap2\n  jump block2(v11)\n",
        );
    }
}
