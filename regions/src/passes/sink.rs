//! Allocation sinking: allocations whose object never escapes the region are removed
//! from the instruction stream and only materialized when a snapshot that names them is
//! taken.
//!
//! An allocation (`new_instance`, `new_tuple`, `new_list`) does not escape when every use
//! of its result is one of:
//!
//! - `getslot` of the instance at a slot it was created with, `tuple_get` of the tuple at
//!   an index in range, `tuple_len`, `list_len`, `list_get` of the list at a constant
//!   index in range: replaced by the operand the allocation stored there, or by the
//!   length as a constant;
//! - a `guard_class` of the instance with its own class and shape, or a `guard_type` of
//!   `"tuple"`/`"list"`: removed, they hold by construction;
//! - a snapshot, or an operand of an allocation that is itself sunk: kept, the executor
//!   materializes the object (and the objects it contains) when it leaves through that
//!   snapshot.
//!
//! Such an allocation moves to `region.sunk`. It repeats until no allocation qualifies,
//! so an object stored only in a sunk tuple is sunk in the next round.
//!
//! Everything else is an escape and keeps the allocation: a call or any other instruction
//! with it as an operand, storing it with `setslot`/`list_set`/`list_append` into another
//! object, passing it to a block (a jump argument) or returning it. A `setslot` *on* the
//! object (and any list mutation) is an escape too: tracking the field's value at each
//! snapshot would need a sunk allocation per store, which this pass does not do. Nor does
//! it forward loads across a loop's back-edge.

use std::collections::{HashMap, HashSet};

use super::{apply_subst, constants, Const};
use crate::ir::*;

/// Sinks allocations that do not escape; see the module documentation.
pub fn run(r: &mut Region) {
    while sink_once(r) {}
}

/// What a non-escaping use of an allocation turns into.
enum Use {
    /// The result is this operand of the allocation.
    Operand(usize),
    /// The result is this constant length.
    Len(usize),
    /// A guard that holds by construction.
    Implied,
}

/// How instruction `i` uses allocation `alloc` as its operand `k`; `None` is an escape.
fn classify(i: &Inst, k: usize, alloc: &Inst, consts: &HashMap<Var, Const>) -> Option<Use> {
    use Opcode::*;
    if k != 0 {
        return None;
    }
    let len = alloc.args.len();
    let in_range = |x: i64| usize::try_from(x).ok().filter(|&x| x < len);
    match (i.op, alloc.op) {
        (GetSlot, NewInstance) | (TupleGet, NewTuple) => in_range(i.imms[0].as_int()?).map(Use::Operand),
        (ListGet, NewList) => match consts.get(&i.args[1]) {
            Some(Const::I64(x)) => in_range(*x).map(Use::Operand),
            _ => None,
        },
        (TupleLen, NewTuple) | (ListLen, NewList) => Some(Use::Len(len)),
        (GuardClass, NewInstance) if i.imms == alloc.imms => Some(Use::Implied),
        (GuardType, NewTuple) if i.imms == [Imm::Name("tuple".to_string())] => Some(Use::Implied),
        (GuardType, NewList) if i.imms == [Imm::Name("list".to_string())] => Some(Use::Implied),
        _ => None,
    }
}

/// One round; whether anything was sunk.
fn sink_once(r: &mut Region) -> bool {
    let allocs: HashMap<Var, Inst> = r
        .insts()
        // Only the allocations the executor knows how to materialize.
        .filter(|(_, i)| matches!(i.op, Opcode::NewTuple | Opcode::NewList | Opcode::NewInstance))
        .filter_map(|(_, i)| Some((i.result()?, i.clone())))
        .collect();
    if allocs.is_empty() {
        return false;
    }
    let consts = constants(r);
    let mut escapes: HashSet<Var> = HashSet::new();
    for (_, i) in r.insts() {
        for (k, a) in i.args.iter().enumerate() {
            if let Some(alloc) = allocs.get(a) {
                // An allocation stored into another allocation escapes unless that one is
                // sunk, which a later round sees.
                if i.op.sig().effect == Effect::Alloc || classify(i, k, alloc, &consts).is_none() {
                    escapes.insert(*a);
                }
            }
        }
    }
    for b in &r.blocks {
        match &b.term {
            Some(Term::Jump(_, args)) => escapes.extend(args.iter().copied()),
            Some(Term::Return(v)) => {
                escapes.insert(*v);
            }
            _ => {}
        }
    }
    let sinking: HashSet<Var> = allocs.keys().copied().filter(|v| !escapes.contains(v)).collect();
    if sinking.is_empty() {
        return false;
    }

    let mut subst: HashMap<Var, Var> = HashMap::new();
    let mut sunk = Vec::new();
    for b in 0..r.blocks.len() {
        let insts = std::mem::take(&mut r.blocks[b].insts);
        let mut out = Vec::with_capacity(insts.len());
        for i in insts {
            if i.result().is_some_and(|v| sinking.contains(&v)) {
                sunk.push(i);
                continue;
            }
            if let Some(alloc) = i.args.first().filter(|a| sinking.contains(a)).map(|a| &allocs[a]) {
                match classify(&i, 0, alloc, &consts).expect("a non-escaping use") {
                    Use::Operand(k) => {
                        subst.insert(i.result().expect("a read has a result"), alloc.args[k]);
                    }
                    Use::Len(n) => {
                        let v = i.result().expect("a length has a result");
                        out.push(super::const_inst(v, Const::I64(n as i64)));
                    }
                    Use::Implied => {}
                }
                continue;
            }
            out.push(i);
        }
        r.blocks[b].insts = out;
    }
    r.sunk.extend(sunk);
    apply_subst(r, &subst);
    true
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const HEAD: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 7 slots 0=v0 1=v3 stack]\n";

    fn sink(body: &str, expected_sunk: &str, expected_body: &str) {
        check(
            &["sink"],
            &format!("{HEAD}block0(v0:val slot 0, v1:val slot 1):\n{body}"),
            &format!("{HEAD}{expected_sunk}block0(v0:val slot 0, v1:val slot 1):\n{expected_body}"),
        );
    }

    fn stays(body: &str) {
        sink(body, "", body);
    }

    #[test]
    fn an_instance_read_and_guarded_only_is_sunk() {
        sink(
            "  v3:val = new_instance v0, v1, k1, 4\n  guard_class v3, k1, 4 @snap0\n  v4:val = getslot v3, 1\n  \
             v5:f64 = unbox_f64 v4 @snap1\n  v6:val = box_f64 v5\n  return v6\n",
            "sunk v3:val = new_instance v0, v1, k1, 4\n",
            "  v5:f64 = unbox_f64 v1 @snap1\n  v6:val = box_f64 v5\n  return v6\n",
        );
    }

    #[test]
    fn a_tuple_and_the_instance_inside_it_are_both_sunk() {
        sink(
            "  v2:val = new_instance v0, k1, 4\n  v3:val = new_tuple v2, v1\n  v4:i64 = tuple_len v3\n  \
             v5:val = tuple_get v3, 0\n  v6:val = getslot v5, 0\n  v7:f64 = unbox_f64 v6 @snap1\n  return v6\n",
            "sunk v3:val = new_tuple v2, v1\nsunk v2:val = new_instance v0, k1, 4\n",
            "  v4:i64 = const_i64 2\n  v7:f64 = unbox_f64 v0 @snap1\n  return v0\n",
        );
    }

    #[test]
    fn an_escaping_allocation_stays() {
        // Passed to a call.
        stays("  v3:val = new_tuple v0, v1\n  v4:val = call v1, v3 @snap1\n  return v4\n");
        // Stored into another object.
        stays("  v3:val = new_tuple v0, v1\n  setslot v1, v3, 0\n  return v0\n");
        // Returned.
        stays("  v3:val = new_tuple v0, v1\n  guard_type v3, \"tuple\" @snap1\n  return v3\n");
        // A guard that does not hold by construction.
        stays("  v3:val = new_instance v0, k1, 4\n  guard_class v3, k2, 4 @snap1\n  return v0\n");
        // A store into it (not tracked: treated as an escape).
        stays(
            "  v3:val = new_instance v0, k1, 4\n  setslot v3, v1, 0\n  v4:val = getslot v3, 0\n  return v4\n",
        );
        // A read out of range.
        stays("  v3:val = new_tuple v0\n  v4:val = tuple_get v3, 1\n  return v4\n");
    }

    #[test]
    fn a_value_passed_around_a_loop_escapes() {
        let text = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  jump block1(v0)\n\
                    block1(v1:val):\n  v2:val = new_tuple v1\n  jump block1(v2)\n";
        check(&["sink"], text, text);
    }

    #[test]
    fn a_list_with_constant_index_reads_is_sunk() {
        sink(
            "  v2:val = new_list v0, v1\n  guard_type v2, \"list\" @snap0\n  v3:i64 = const_i64 1\n  \
             v4:val = list_get v2, v3\n  v5:i64 = list_len v2\n  guard_epoch 2 @snap1\n  return v4\n",
            "sunk v2:val = new_list v0, v1\n",
            "  v3:i64 = const_i64 1\n  v5:i64 = const_i64 2\n  guard_epoch 2 @snap1\n  return v1\n",
        );
    }
}
