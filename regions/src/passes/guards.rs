//! Redundant guard elimination.
//!
//! Walks the chain in order, keeping the set of facts that hold at each point, and removes
//! a guard whose fact already holds:
//!
//! - the fact of an earlier guard with the same opcode, operands and immediates (its
//!   snapshot does not matter);
//! - facts implied by construction: `new_instance ..., K, S` is of class `K` with shape
//!   `S`, `new_tuple` is a `"tuple"`, `new_list` a `"list"`, `box_i64`/`box_f64`/
//!   `box_bool` an `"int"`/`"float"`/`"bool"`;
//! - facts implied by an earlier unbox: after `unbox_i64 v`, `v` is an `"int"`; after
//!   `unbox_f64 v` a `"float"`; after `unbox_bool v` a `"bool"`.
//!
//! Facts about SSA values (`guard_true`, `guard_false`, `guard_type`, `guard_is`) hold
//! for the rest of the chain. Facts about mutable state (`guard_class`: an instance's
//! shape changes when code adds an attribute; `guard_epoch`: installing a hook bumps the
//! epoch; `guard_version`, `guard_layout`: a call may change a class) are forgotten at every `Call`
//! instruction and `add_slot`, and at the head of a loop whose body contains one (the
//! call of one iteration runs before the guard of the next). An epoch guard inside a loop
//! is never removed because of a guard before the loop: it is the loop's poll for a hook
//! or tool attached while the region runs.
//!
//! It does not reason about implications between different guards (`guard_true (ilt a
//! b)` does not prove `guard_true (ile a b)`), nor notice guards that always fail.

use std::collections::HashSet;

use super::{inst_key, ImmKey, InstKey};
use crate::ir::*;

fn guard_key(op: Opcode, v: Var, imms: Vec<ImmKey>) -> InstKey {
    (op, vec![v], imms)
}

fn type_fact(v: Var, name: &str) -> InstKey {
    guard_key(Opcode::GuardType, v, vec![ImmKey::Name(name.to_string())])
}

/// Whether a guard's fact can be invalidated by running interpreter code.
fn heap_dependent(op: Opcode) -> bool {
    matches!(op, Opcode::GuardClass | Opcode::GuardEpoch | Opcode::GuardVersion | Opcode::GuardLayout)
}

/// Whether an instruction may change state that heap-dependent facts describe: a call
/// (it runs interpreter code), or `add_slot` (it changes an instance's shape, and any
/// value may be that instance).
fn clobbers_heap_facts(op: Opcode) -> bool {
    op.sig().effect == Effect::Call || op == Opcode::AddSlot
}

/// The facts an instruction establishes besides being a guard itself.
fn implied_facts(i: &Inst) -> Option<InstKey> {
    let v = i.result()?;
    let arg0 = i.args.first().copied();
    Some(match i.op {
        Opcode::NewTuple => type_fact(v, "tuple"),
        Opcode::NewList => type_fact(v, "list"),
        Opcode::NewInstance => inst_key(&Inst {
            dst: None,
            op: Opcode::GuardClass,
            args: vec![v],
            imms: i.imms.clone(),
            snap: None,
        }),
        Opcode::BoxI64 => type_fact(v, "int"),
        Opcode::BoxF64 => type_fact(v, "float"),
        Opcode::BoxBool => type_fact(v, "bool"),
        Opcode::UnboxI64 => type_fact(arg0?, "int"),
        Opcode::UnboxF64 => type_fact(arg0?, "float"),
        Opcode::UnboxBool => type_fact(arg0?, "bool"),
        _ => return None,
    })
}

/// Removes guards whose condition is already known to hold; see the module documentation.
pub fn run(r: &mut Region) {
    // For each block that is a loop head: whether its loop body contains a call.
    let mut loop_calls = vec![false; r.blocks.len()];
    let mut loop_head = vec![false; r.blocks.len()];
    for (latch, b) in r.blocks.iter().enumerate() {
        if let Some(Term::Jump(head, _)) = &b.term {
            if head.index() <= latch {
                loop_head[head.index()] = true;
                let calls = r.blocks[head.index()..=latch]
                    .iter()
                    .flat_map(|b| &b.insts)
                    .any(|i| clobbers_heap_facts(i.op));
                loop_calls[head.index()] |= calls;
            }
        }
    }
    let mut facts: HashSet<InstKey> = HashSet::new();
    for (b, block) in r.blocks.iter_mut().enumerate() {
        if loop_calls[b] {
            facts.retain(|(op, _, _)| !heap_dependent(*op));
        }
        if loop_head[b] {
            facts.retain(|(op, _, _)| *op != Opcode::GuardEpoch);
        }
        block.insts.retain(|i| {
            let effect = i.op.sig().effect;
            if clobbers_heap_facts(i.op) {
                facts.retain(|(op, _, _)| !heap_dependent(*op));
            }
            if effect == Effect::Guard {
                return facts.insert(inst_key(i));
            }
            if let Some(fact) = implied_facts(i) {
                facts.insert(fact);
            }
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const HEAD: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 4 slots 0=v0 stack]\n\
                        block0(v0:val slot 0, v1:val slot 1):\n";

    fn guards(body: &str, expected: &str) {
        check(&["guards"], &format!("{HEAD}{body}"), &format!("{HEAD}{expected}"));
    }

    #[test]
    fn a_repeated_guard_goes_whatever_its_snapshot() {
        guards(
            "  guard_type v0, \"list\" @snap0\n  guard_type v1, \"list\" @snap0\n  v2:i64 = list_len v0\n  \
             guard_type v0, \"list\" @snap1\n  guard_class v1, k1, 3 @snap1\n  guard_class v1, k1, 3 @snap0\n  \
             guard_class v1, k1, 4 @snap0\n  return v0\n",
            "  guard_type v0, \"list\" @snap0\n  guard_type v1, \"list\" @snap0\n  v2:i64 = list_len v0\n  \
             guard_class v1, k1, 3 @snap1\n  guard_class v1, k1, 4 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn construction_and_unboxing_imply_types() {
        guards(
            "  v2:val = new_instance v0, k1, 2\n  guard_class v2, k1, 2 @snap0\n  guard_class v2, k2, 2 @snap0\n  \
             v3:val = new_tuple v0, v1\n  guard_type v3, \"tuple\" @snap0\n  v4:val = new_list v3\n  \
             guard_type v4, \"list\" @snap0\n  guard_type v4, \"tuple\" @snap0\n  v5:f64 = unbox_f64 v1 @snap0\n  \
             guard_type v1, \"float\" @snap0\n  guard_type v0, \"int\" @snap0\n  v6:i64 = unbox_i64 v0 @snap0\n  \
             return v4\n",
            "  v2:val = new_instance v0, k1, 2\n  guard_class v2, k2, 2 @snap0\n  \
             v3:val = new_tuple v0, v1\n  v4:val = new_list v3\n  \
             guard_type v4, \"tuple\" @snap0\n  v5:f64 = unbox_f64 v1 @snap0\n  \
             guard_type v0, \"int\" @snap0\n  v6:i64 = unbox_i64 v0 @snap0\n  \
             return v4\n",
        );
    }

    #[test]
    fn a_call_forgets_class_and_epoch_guards_but_not_type_guards() {
        let body =
            "  guard_class v0, k1, 3 @snap0\n  guard_epoch 7 @snap0\n  guard_type v1, \"str\" @snap0\n  \
                    v2:val = call v1, v0 @snap0\n  guard_class v0, k1, 3 @snap1\n  guard_epoch 7 @snap1\n  \
                    guard_type v1, \"str\" @snap1\n  return v2\n";
        let without_type = body.replacen("  guard_type v1, \"str\" @snap1\n", "", 1);
        guards(body, &without_type);
    }

    #[test]
    fn guards_before_a_loop_cover_the_loop_unless_it_calls() {
        let text = |call: &str| {
            format!(
                "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  guard_class v0, k1, 3 @snap0\n  \
                 guard_type v0, \"float\" @snap0\n  jump block1()\nblock1():\n{call}  guard_class v0, k1, 3 @snap0\n  \
                 guard_type v0, \"float\" @snap0\n  jump block1()\n"
            )
        };
        let drop_both = |t: String| {
            t.replace(
                "block1():\n  guard_class v0, k1, 3 @snap0\n  guard_type v0, \"float\" @snap0\n",
                "block1():\n",
            )
        };
        check(&["guards"], &text(""), &drop_both(text("")));
        // An epoch check in the loop stays: it is the loop's poll.
        let epoch = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  guard_epoch 2 @snap0\n  \
                     jump block1()\nblock1():\n  guard_epoch 2 @snap0\n  guard_epoch 2 @snap0\n  jump block1()\n";
        let once = "snap0 = [k0 pc 0 slots 0=v0 stack]\nblock0(v0:val slot 0):\n  guard_epoch 2 @snap0\n  \
                    jump block1()\nblock1():\n  guard_epoch 2 @snap0\n  jump block1()\n";
        check(&["guards"], epoch, once);
        let calling = text("  v1:val = call v0 @snap0\n");
        let last = calling.rfind("  guard_type v0").unwrap();
        let want = format!("{}  jump block1()\n", &calling[..last]);
        check(&["guards"], &calling, &want);
    }
}
