//! Resume-point sharing: guards leave through the earliest snapshot that is still valid.
//!
//! A snapshot is the interpreter state before the instruction that took it, and a failed
//! guard resumes the interpreter there. Between two snapshots with no side effect in the
//! region's code (no store, no call into the interpreter), resuming at the earlier one is
//! just as right: the interpreter re-runs the side-effect-free code in between, with the
//! same values, and then decides the guard itself. So, within a block, every instruction
//! that can only leave through a guard exit (effects `guard`, `pure`, `load`) takes the
//! snapshot of the first such instruction since the last store or call (the anchor).
//!
//! Fewer distinct snapshots mean fewer exit blocks, each of which writes every value its
//! snapshot names: big traces compile faster and to less code. The cost is that a deopt
//! may re-run a few instructions in the interpreter, and that the anchor's values stay
//! live a little longer.
//!
//! Kept as they are: calls (they also leave through their snapshot when they raise, with
//! the pc after the call), stores, and `iter_end`, whose snapshot is the state past the
//! loop (it also ends the anchor's reach: nothing after it may resume before it).

use crate::ir::*;

/// Shares snapshots; see the module documentation.
pub fn run(r: &mut Region) {
    for block in &mut r.blocks {
        let mut anchor: Option<SnapId> = None;
        for inst in &mut block.insts {
            if inst.op == Opcode::IterEnd {
                anchor = None;
                continue;
            }
            match inst.op.sig().effect {
                Effect::Store | Effect::Call => anchor = None,
                Effect::Alloc => {}
                Effect::Guard | Effect::Pure | Effect::Load => {
                    if let Some(s) = inst.snap {
                        match anchor {
                            Some(a) => inst.snap = Some(a),
                            None => anchor = Some(s),
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::passes::testing::check;

    const HEAD: &str = "snap0 = [k0 pc 0 slots 0=v0 stack]\nsnap1 = [k0 pc 4 slots 0=v0 stack]\n\
                        snap2 = [k0 pc 8 slots 0=v0 stack]\nsnap3 = [k0 pc 9 slots 0=v0 stack]\n\
                        block0(v0:val slot 0, v1:val slot 1):\n";

    fn resume(body: &str, expected: &str) {
        check(&["resume"], &format!("{HEAD}{body}"), &format!("{HEAD}{expected}"));
    }

    #[test]
    fn guards_with_no_store_between_share_the_first_snapshot() {
        resume(
            "  guard_type v0, \"int\" @snap0\n  v2:i64 = unbox_i64 v0 @snap1\n  \
             v3:i64 = iadd_ovf v2, v2 @snap2\n  return v0\n",
            "  guard_type v0, \"int\" @snap0\n  v2:i64 = unbox_i64 v0 @snap0\n  \
             v3:i64 = iadd_ovf v2, v2 @snap0\n  return v0\n",
        );
    }

    #[test]
    fn a_call_or_store_starts_a_new_anchor_and_keeps_its_own_snapshot() {
        resume(
            "  guard_type v0, \"int\" @snap0\n  v2:val = call v0 @snap1\n  \
             guard_type v2, \"int\" @snap2\n  guard_type v1, \"float\" @snap3\n  return v0\n",
            "  guard_type v0, \"int\" @snap0\n  v2:val = call v0 @snap1\n  \
             guard_type v2, \"int\" @snap2\n  guard_type v1, \"float\" @snap2\n  return v0\n",
        );
    }
}
