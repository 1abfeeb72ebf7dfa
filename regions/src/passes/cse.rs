//! Common subexpression elimination.
//!
//! Operands always refer backwards and every block dominates the blocks after it, so an
//! instruction may be replaced by an equal one met earlier in chain order:
//!
//! - a `Pure` instruction with the same opcode, operands and immediates as an earlier one
//!   (in this block or any earlier block) is removed and its result replaced by the
//!   earlier result. The operands of commutative opcodes are compared as a set. A pure
//!   instruction that exits (`iadd_ovf`, `unbox_f64`) is merged too: the earlier one
//!   already left the region in every case where the later one would.
//! - a `Load` is merged only with an equal load in the same block that no store or call
//!   that may change it separates from it. Aliasing is decided by kind alone: a
//!   `setslot _, _, N` changes `getslot _, N` of every object but no other slot index,
//!   `set_global N` changes `global N`, `list_set`/`list_append` change `list_get` and
//!   `list_len`; any other store (`range_next`) and every call change everything. A
//!   `setslot o, x, N` also makes a later `getslot o, N` in the same block read `x`.
//! - a block parameter whose incoming values on every edge are the same value `x` (or the
//!   parameter itself, passed back unchanged by a loop) is replaced by `x` and removed.
//!   After `peel` this is what makes the loop's invariant values visible as invariant.
//!
//! - at a loop's head entered from the block before it (the iteration `peel` copied), the
//!   loads of that block that no store or call in the loop's body may change are
//!   available, so the loop reads an invariant `cell_get` or `global` once.
//!
//! It repeats until nothing changes. It does not otherwise merge loads across blocks (a
//! loop's back-edge would carry the loop's stores to the next iteration), does not tell objects
//! apart (two `setslot`s at the same index may alias), and never merges guards (see
//! `guards`), allocations or calls.

use std::collections::HashMap;

use super::{apply_subst, inst_key, jump_args_mut, preds, resolve, ImmKey, InstKey};
use crate::ir::*;

/// Merges equal computations; see the module documentation.
pub fn run(r: &mut Region) {
    while merge_instructions(r) | merge_parameters(r) {}
}

/// One sweep over the instructions; whether anything changed.
fn merge_instructions(r: &mut Region) -> bool {
    let mut subst: HashMap<Var, Var> = HashMap::new();
    let mut pure: HashMap<InstKey, Var> = HashMap::new();
    // The loads available at the end of the previous block.
    let mut prev: HashMap<InstKey, Var> = HashMap::new();
    for b in 0..r.blocks.len() {
        let mut loads = invariant_loads(r, b, std::mem::take(&mut prev));
        let insts = std::mem::take(&mut r.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        for mut i in insts {
            i.args.iter_mut().for_each(|a| *a = resolve(&subst, *a));
            let effect = i.op.sig().effect;
            match (effect, i.result()) {
                (Effect::Pure, Some(v)) => {
                    let key = inst_key(&i);
                    if let Some(&earlier) = pure.get(&key) {
                        subst.insert(v, earlier);
                        continue;
                    }
                    pure.insert(key, v);
                }
                (Effect::Load, Some(v)) => {
                    let key = inst_key(&i);
                    if let Some(&earlier) = loads.get(&key) {
                        subst.insert(v, earlier);
                        continue;
                    }
                    loads.insert(key, v);
                }
                (Effect::Store | Effect::Call, _) => {
                    forget_clobbered(&mut loads, &i);
                    if i.op == Opcode::SetSlot {
                        let slot = i.imms[0].as_int().expect("setslot's slot is an integer");
                        loads.insert((Opcode::GetSlot, vec![i.args[0]], vec![ImmKey::Int(slot)]), i.args[1]);
                    }
                }
                _ => {}
            }
            out.push(i);
        }
        r.blocks[b].insts = out;
        prev = loads;
    }
    apply_subst(r, &subst);
    !subst.is_empty()
}

/// The loads a block may reuse from the block before it: none, unless the block is a
/// loop's head entered from the block before (a peeled first iteration) and from its own
/// latch; then the previous block's loads that no store or call of the loop's body may
/// change (they hold on entry and stay true around the loop).
fn invariant_loads(r: &Region, b: usize, prev: HashMap<InstKey, Var>) -> HashMap<InstKey, Var> {
    if b == 0 || prev.is_empty() {
        return HashMap::new();
    }
    let from = preds(r, BlockId(b as u32));
    let latch = from.iter().copied().filter(|&p| p >= b).max();
    let Some(latch) = latch else { return HashMap::new() };
    if from.iter().any(|&p| p != b - 1 && p < b) {
        return HashMap::new();
    }
    let mut loads = prev;
    for i in r.blocks[b..=latch].iter().flat_map(|blk| &blk.insts) {
        if matches!(i.op.sig().effect, Effect::Store | Effect::Call) {
            forget_clobbered(&mut loads, i);
        }
    }
    loads
}

/// Forgets the loads that a store or call may change. Slot `N` of one object is never
/// slot `M` of another when `N != M`, and the slots of instances, the items of lists and
/// the globals are disjoint; any other store, and every call, forgets everything.
fn forget_clobbered(loads: &mut HashMap<InstKey, Var>, store: &Inst) {
    let imm = |i: usize| store.imms.get(i).map(super::imm_key);
    match store.op {
        Opcode::SetSlot => {
            loads.retain(|(op, _, imms), _| *op != Opcode::GetSlot || imms.first() != imm(0).as_ref())
        }
        Opcode::SetGlobal => {
            loads.retain(|(op, _, imms), _| *op != Opcode::Global || imms.first() != imm(0).as_ref())
        }
        Opcode::ListSet | Opcode::ListAppend => {
            loads.retain(|(op, _, _), _| !matches!(op, Opcode::ListGet | Opcode::ListLen))
        }
        // They advance an iterator, which no load reads.
        Opcode::RangeNext | Opcode::IterDone | Opcode::SeqNext => {}
        _ => loads.clear(),
    }
}

/// Removes block parameters that receive the same value on every edge; whether any went.
fn merge_parameters(r: &mut Region) -> bool {
    let mut changed = false;
    for b in 1..r.blocks.len() {
        let target = BlockId(b as u32);
        let from = preds(r, target);
        // Without the edge from the previous block the block is unreachable: leave it.
        if !from.contains(&(b - 1)) {
            continue;
        }
        let mut p = 0;
        while p < r.blocks[b].params.len() {
            let param = r.blocks[b].params[p].0;
            let mut incoming = from.iter().map(|&f| match &r.blocks[f].term {
                Some(Term::Jump(_, args)) => args[p],
                _ => unreachable!("preds only lists jumps"),
            });
            let mut same: Option<Var> = None;
            let unique = incoming.all(|v| {
                if v == param || same == Some(v) {
                    return true;
                }
                same.is_none() && {
                    same = Some(v);
                    true
                }
            });
            match same {
                Some(x) if unique => {
                    r.blocks[b].params.remove(p);
                    for &f in &from {
                        jump_args_mut(&mut r.blocks[f]).expect("a predecessor jumps").remove(p);
                    }
                    apply_subst(r, &HashMap::from([(param, x)]));
                    changed = true;
                }
                _ => p += 1,
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const SNAP: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\n";

    fn cse(body: &str, expected: &str) {
        check(
            &["cse"],
            &format!("{SNAP}block0(v0:val slot 0, v1:val slot 1):\n{body}"),
            &format!("{SNAP}block0(v0:val slot 0, v1:val slot 1):\n{expected}"),
        );
    }

    #[test]
    fn equal_pure_instructions_merge_and_commuted_operands_count_as_equal() {
        cse(
            "  v2:i64 = unbox_i64 v0 @snap0\n  v3:i64 = unbox_i64 v1 @snap0\n  v4:i64 = iadd_ovf v2, v3 @snap0\n  \
             v5:i64 = unbox_i64 v0 @snap0\n  v6:i64 = iadd_ovf v3, v5 @snap0\n  v7:i64 = isub v2, v3\n  \
             v8:i64 = isub v3, v2\n  v9:i64 = imul v6, v7\n  v10:i64 = imul v4, v8\n  v11:val = box_i64 v9\n  \
             setslot v0, v11, 0\n  v12:val = box_i64 v10\n  return v12\n",
            "  v2:i64 = unbox_i64 v0 @snap0\n  v3:i64 = unbox_i64 v1 @snap0\n  v4:i64 = iadd_ovf v2, v3 @snap0\n  \
             v7:i64 = isub v2, v3\n  v8:i64 = isub v3, v2\n  v9:i64 = imul v4, v7\n  v10:i64 = imul v4, v8\n  \
             v11:val = box_i64 v9\n  setslot v0, v11, 0\n  v12:val = box_i64 v10\n  return v12\n",
        );
    }

    #[test]
    fn constants_with_different_bits_stay_apart() {
        let body = "  v2:f64 = const_f64 0.0\n  v3:f64 = const_f64 -0.0\n  v4:f64 = fadd v2, v3\n  \
                    v5:val = box_f64 v4\n  return v5\n";
        cse(body, body);
    }

    #[test]
    fn a_loop_reuses_the_peeled_iterations_loads_that_its_body_cannot_change() {
        // block1 is the peeled iteration, block2 the loop: `global 3` and `cell_get v0`
        // are read once (the loop's `list_set` and `set_global 4` change neither), `global
        // 4` is read every iteration (the loop stores it).
        let snap = "snap0 = [k0 pc 0 slots 0=v0 stack]\n";
        let before = format!(
            "{snap}block0(v0:val slot 0):\n  jump block1()\nblock1():\n  v1:val = global 3 @snap0\n  \
             v2:val = cell_get v0 @snap0\n  v3:val = global 4 @snap0\n  jump block2(v1)\n\
             block2(v4:val):\n  v5:val = global 3 @snap0\n  v6:val = cell_get v0 @snap0\n  \
             v7:val = global 4 @snap0\n  v8:i64 = const_i64 0\n  list_set v6, v8, v5\n  set_global v7, 4\n  \
             jump block2(v5)\n"
        );
        let after = format!(
            "{snap}block0(v0:val slot 0):\n  jump block1()\nblock1():\n  v1:val = global 3 @snap0\n  \
             v2:val = cell_get v0 @snap0\n  v3:val = global 4 @snap0\n  jump block2()\n\
             block2():\n  v7:val = global 4 @snap0\n  v8:i64 = const_i64 0\n  list_set v2, v8, v1\n  \
             set_global v7, 4\n  jump block2()\n"
        );
        check(&["cse"], &before, &after);
        // A call in the loop may change anything: every load stays.
        let with_call = before.replace("  set_global v7, 4\n", "  v9:val = call v7 @snap0\n");
        check(&["cse"], &with_call, &with_call);
    }

    #[test]
    fn loads_merge_within_a_block_but_not_across_a_store_or_call() {
        let snap = "snap0 = [k0 pc 0 slots 0=v0 stack]\n";
        let head = format!("{snap}block0(v0:val slot 0, v1:val slot 1):\n");
        let load_twice = |between: &str| {
            format!(
                "{head}  v2:val = getslot v0, 1\n{between}  v3:val = getslot v0, 1\n  \
                 v4:val = new_tuple v2, v3\n  return v4\n"
            )
        };
        // Nothing between: merged.
        check(
            &["cse"],
            &load_twice(""),
            &format!("{head}  v2:val = getslot v0, 1\n  v4:val = new_tuple v2, v2\n  return v4\n"),
        );
        // A store to another object may alias: not merged.
        let store = load_twice("  setslot v1, v1, 1\n");
        check(&["cse"], &store, &store);
        // A store to another slot index cannot alias: merged.
        check(
            &["cse"],
            &load_twice("  setslot v1, v1, 0\n  set_global v1, 1\n  list_append v1, v0\n"),
            &format!(
                "{head}  v2:val = getslot v0, 1\n  setslot v1, v1, 0\n  set_global v1, 1\n  list_append v1, v0\n  \
                 v4:val = new_tuple v2, v2\n  return v4\n"
            ),
        );
        // A call may do anything: not merged.
        let call = load_twice("  v9:val = call v1 @snap0\n");
        check(&["cse"], &call, &call);
    }

    #[test]
    fn a_store_forwards_to_a_later_load_of_the_same_slot() {
        cse(
            "  setslot v0, v1, 2\n  v2:val = getslot v0, 2\n  v3:val = getslot v0, 3\n  return v2\n",
            "  setslot v0, v1, 2\n  v3:val = getslot v0, 3\n  return v1\n",
        );
    }

    #[test]
    fn pure_instructions_merge_across_blocks_but_loads_do_not() {
        check(
            &["cse"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:f64 = unbox_f64 v0 @snap0\n  \
             v2:val = getslot v0, 0\n  jump block1(v1)\nblock1(v3:f64):\n  v4:f64 = unbox_f64 v0 @snap0\n  \
             v5:val = getslot v0, 0\n  v6:f64 = fadd v3, v4\n  setslot v0, v5, 0\n  jump block1(v6)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  v1:f64 = unbox_f64 v0 @snap0\n  \
             v2:val = getslot v0, 0\n  jump block1(v1)\nblock1(v3:f64):\n  \
             v5:val = getslot v0, 0\n  v6:f64 = fadd v3, v1\n  setslot v0, v5, 0\n  jump block1(v6)\n",
        );
    }

    #[test]
    fn a_parameter_passed_back_unchanged_is_replaced_by_its_entry_value() {
        check(
            &["cse"],
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0, v1:val slot 1):\n  jump block1(v0, v1)\n\
             block1(v2:val, v3:val):\n  v4:i64 = unbox_i64 v2 @snap0\n  v5:i64 = unbox_i64 v0 @snap0\n  \
             v6:val = box_i64 v5\n  jump block1(v2, v6)\n",
            "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0, v1:val slot 1):\n  jump block1(v1)\n\
             block1(v3:val):\n  v4:i64 = unbox_i64 v0 @snap0\n  v6:val = box_i64 v4\n  jump block1(v6)\n",
        );
    }
}
