//! The interpreter's fast loop: the common instructions on their fast paths only.
//!
//! `dispatch` spends most of its time on a handful of instructions whose common case needs
//! no allocation, no call and no error: local and constant loads, int and float
//! arithmetic, comparisons and branches, list indexing, instance attributes that hit the
//! inline cache, and `for` over ranges and lists. This loop runs exactly those, with a
//! small register footprint, and returns the pc of the first instruction it cannot finish
//! on its fast path; the full dispatcher then executes that one instruction (including all
//! its slow paths and errors) and comes back. Nothing here can raise, call Python code or
//! collect garbage: a backward jump or loop step when a collection is due also returns.

use crate::bytecode::{BinOp, CmpOp, Op, UnaryOp};
use crate::gc::Heap;
use crate::object::{probe_slot, CodeObj, IterState, ObjKind};
use crate::value::{fits_small, Value};
use crate::vm::GlobalSlot;

#[inline(always)]
fn int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::FloorDiv if y > 0 => x.div_euclid(y),
        BinOp::Mod if y > 0 => x.rem_euclid(y),
        _ => return None,
    };
    fits_small(r).then_some(r)
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` for two unboxed numbers of the same kind, if the fast path applies.
#[inline(always)]
fn arith(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        int_op(op, a.int_unchecked(), b.int_unchecked()).map(Value::small_int)
    } else if a.is_float() && b.is_float() {
        float_op(op, a.float_unchecked(), b.float_unchecked()).map(Value::float)
    } else {
        None
    }
}

/// `a op b` for comparisons of unboxed ints, floats, or identity.
#[inline(always)]
fn compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        let (x, y) = (a.int_unchecked(), b.int_unchecked());
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq | CmpOp::Is => x == y,
            CmpOp::Ne | CmpOp::IsNot => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            _ => return None,
        })
    } else if a.is_float() && b.is_float() {
        let (x, y) = (a.float_unchecked(), b.float_unchecked());
        Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            _ => return None,
        })
    } else {
        match op {
            CmpOp::Is => Some(a == b),
            CmpOp::IsNot => Some(a != b),
            _ => None,
        }
    }
}

/// Runs instructions from `pc` while they have a fast path; returns the pc of the first
/// one that needs the full dispatcher (not executed). `count` receives the number of
/// instructions executed when `COUNT` is on.
#[inline(never)]
pub fn run<const COUNT: bool>(
    stack: &mut Vec<Value>,
    code: &CodeObj,
    mut pc: usize,
    base: usize,
    globals: &[GlobalSlot],
    heap: &Heap,
    count: &mut u64,
) -> usize {
    macro_rules! pop {
        () => {
            match stack.pop() {
                Some(v) => v,
                None => return pc,
            }
        };
    }
    loop {
        let op = code.ops[pc];
        match op {
            Op::Nop => {}
            Op::LoadConst(i) => stack.push(code.consts[i as usize]),
            Op::LoadFast(i) => {
                let v = stack[base + i as usize];
                if v.is_null() {
                    return pc;
                }
                stack.push(v);
            }
            Op::StoreFast(i) => {
                let v = pop!();
                stack[base + i as usize] = v;
            }
            Op::LoadFastLoadFast(i) => {
                let v = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1] else { return pc };
                let w = stack[base + j as usize];
                if v.is_null() || w.is_null() {
                    return pc;
                }
                stack.push(v);
                stack.push(w);
                pc += 1;
            }
            Op::LoadFastLoadConst(i) => {
                let v = stack[base + i as usize];
                let Op::LoadConst(c) = code.ops[pc + 1] else { return pc };
                if v.is_null() {
                    return pc;
                }
                stack.push(v);
                stack.push(code.consts[c as usize]);
                pc += 1;
            }
            Op::StoreFastLoadFast(i) => {
                let Op::LoadFast(j) = code.ops[pc + 1] else { return pc };
                let v = pop!();
                stack[base + i as usize] = v;
                let w = stack[base + j as usize];
                if w.is_null() {
                    // Let the dispatcher report the unbound local at the LoadFast.
                    return pc + 1;
                }
                stack.push(w);
                pc += 1;
            }
            Op::LoadFastPairSubscr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1] else { return pc };
                let Some(k) = stack[base + j as usize].as_small_int() else { return pc };
                let v = match obj.kind() {
                    Some(ObjKind::List(l)) => {
                        let l = l.borrow();
                        let len = l.len() as i64;
                        let k = if k < 0 { k + len } else { k };
                        if k < 0 || k >= len {
                            return pc;
                        }
                        l[k as usize]
                    }
                    Some(ObjKind::Tuple(t)) => {
                        let len = t.len() as i64;
                        let k = if k < 0 { k + len } else { k };
                        if k < 0 || k >= len {
                            return pc;
                        }
                        t[k as usize]
                    }
                    _ => return pc,
                };
                stack.push(v);
                pc += 2;
            }
            Op::LoadFastPairStoreSubscr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1] else { return pc };
                let Some(k) = stack[base + j as usize].as_small_int() else { return pc };
                let Some(ObjKind::List(l)) = obj.kind() else { return pc };
                let Some(&v) = stack.last() else { return pc };
                let Ok(mut l) = l.try_borrow_mut() else { return pc };
                let len = l.len() as i64;
                let k = if k < 0 { k + len } else { k };
                if k < 0 || k >= len {
                    return pc;
                }
                l[k as usize] = v;
                drop(l);
                stack.pop();
                pc += 2;
            }
            Op::LoadFastConstOpStore(i) => {
                let a = stack[base + i as usize];
                let Op::LoadConst(c) = code.ops[pc + 1] else { return pc };
                let bop = match code.ops[pc + 2] {
                    Op::BinaryOp(b, _) | Op::InplaceOp(b, _) | Op::BinaryOpStoreFast(b, _) => b,
                    _ => return pc,
                };
                let Op::StoreFast(x) = code.ops[pc + 3] else { return pc };
                let Some(r) = arith(bop, a, code.consts[c as usize]) else { return pc };
                stack[base + x as usize] = r;
                pc += 3;
            }
            Op::DupLoadAttr => {
                let Some(&obj) = stack.last() else { return pc };
                let Op::LoadAttr(_, c) = code.ops[pc + 1] else { return pc };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get()) else {
                    return pc;
                };
                let v = inst.slots.borrow()[idx as usize];
                stack.push(v);
                pc += 1;
            }
            Op::Rot2StoreAttr => {
                // `obj v` -> obj.attr = v (the Rot2 puts obj on top for the StoreAttr).
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                let Op::StoreAttr(_, c) = code.ops[pc + 1] else { return pc };
                let (obj, v) = (stack[n - 2], stack[n - 1]);
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get()) else {
                    return pc;
                };
                inst.slots.borrow_mut()[idx as usize] = v;
                stack.truncate(n - 2);
                pc += 1;
            }
            Op::Pop => {
                pop!();
            }
            Op::Dup => {
                let Some(&v) = stack.last() else { return pc };
                stack.push(v);
            }
            Op::Rot2 => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                // Two 8-byte moves on purpose: a 16-byte swap right after two 8-byte pushes
                // stalls on store forwarding.
                #[allow(clippy::manual_swap)]
                {
                    let a = stack[n - 1];
                    stack[n - 1] = stack[n - 2];
                    stack[n - 2] = a;
                }
            }
            Op::BinaryOp(bop, _) | Op::InplaceOp(bop, _) => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                match arith(bop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        stack.truncate(n - 1);
                        stack[n - 2] = r;
                    }
                    None => return pc,
                }
            }
            Op::BinaryOpStoreFast(bop, _) => {
                let n = stack.len();
                let Op::StoreFast(x) = code.ops[pc + 1] else { return pc };
                if n < 2 {
                    return pc;
                }
                match arith(bop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        stack.truncate(n - 2);
                        stack[base + x as usize] = r;
                        pc += 1;
                    }
                    None => return pc,
                }
            }
            Op::Compare(cop) => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                match compare(cop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        stack.truncate(n - 1);
                        stack[n - 2] = Value::bool(r);
                    }
                    None => return pc,
                }
            }
            Op::CompareJumpIfFalse(cop) => {
                let n = stack.len();
                let Op::PopJumpIfFalse(t) = code.ops[pc + 1] else { return pc };
                if n < 2 {
                    return pc;
                }
                match compare(cop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        stack.truncate(n - 2);
                        if r {
                            pc += 2;
                        } else {
                            pc = t as usize;
                        }
                        if COUNT {
                            *count += 1;
                        }
                        continue;
                    }
                    None => return pc,
                }
            }
            Op::Jump(t) => {
                if (t as usize) <= pc && heap.collection_due() {
                    return pc;
                }
                pc = t as usize;
                if COUNT {
                    *count += 1;
                }
                continue;
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let Some(&v) = stack.last() else { return pc };
                let Some(b) = v.as_bool() else { return pc };
                stack.pop();
                let jump_if = matches!(op, Op::PopJumpIfTrue(_));
                if b == jump_if {
                    pc = t as usize;
                    if COUNT {
                        *count += 1;
                    }
                    continue;
                }
            }
            Op::Unary(UnaryOp::Not) => {
                let Some(&v) = stack.last() else { return pc };
                let Some(b) = v.as_bool() else { return pc };
                *stack.last_mut().unwrap() = Value::bool(!b);
            }
            Op::LoadGlobal(i, _) | Op::LoadGlobalPushNull(i, _) => {
                let slot = &globals[code.global_slots[i as usize] as usize];
                let v = if slot.value.is_null() { slot.builtin } else { slot.value };
                if v.is_null() {
                    return pc;
                }
                stack.push(v);
                if let Op::LoadGlobalPushNull(..) = op {
                    if let Op::PushNull = code.ops[pc + 1] {
                        stack.push(Value::NULL);
                        pc += 1;
                    }
                }
            }
            Op::PushNull => stack.push(Value::NULL),
            Op::BinarySubscr => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                let (obj, key) = (stack[n - 2], stack[n - 1]);
                let Some(i) = key.as_small_int() else { return pc };
                let v = match obj.kind() {
                    Some(ObjKind::List(l)) => {
                        let l = l.borrow();
                        let len = l.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j < 0 || j >= len {
                            return pc;
                        }
                        l[j as usize]
                    }
                    Some(ObjKind::Tuple(t)) => {
                        let len = t.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j < 0 || j >= len {
                            return pc;
                        }
                        t[j as usize]
                    }
                    _ => return pc,
                };
                stack.truncate(n - 1);
                stack[n - 2] = v;
            }
            Op::Dup2 => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                let (a, b) = (stack[n - 2], stack[n - 1]);
                stack.push(a);
                stack.push(b);
            }
            Op::Rot3 => {
                let n = stack.len();
                if n < 3 {
                    return pc;
                }
                let top = stack[n - 1];
                stack[n - 1] = stack[n - 2];
                stack[n - 2] = stack[n - 3];
                stack[n - 3] = top;
            }
            Op::Unary(UnaryOp::Neg) => {
                let Some(&v) = stack.last() else { return pc };
                let r = if v.is_small_int() {
                    match Value::try_small_int(-v.int_unchecked()) {
                        Some(r) => r,
                        None => return pc,
                    }
                } else if v.is_float() {
                    Value::float(-v.float_unchecked())
                } else {
                    return pc;
                };
                *stack.last_mut().unwrap() = r;
            }
            Op::StoreSubscr => {
                let n = stack.len();
                if n < 3 {
                    return pc;
                }
                let (v, obj, key) = (stack[n - 3], stack[n - 2], stack[n - 1]);
                let (Some(ObjKind::List(l)), Some(i)) = (obj.kind(), key.as_small_int()) else { return pc };
                let Ok(mut l) = l.try_borrow_mut() else { return pc };
                let len = l.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return pc;
                }
                l[j as usize] = v;
                drop(l);
                stack.truncate(n - 3);
            }
            Op::LoadAttr(_, c) => {
                let Some(&obj) = stack.last() else { return pc };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    return pc;
                };
                let v = inst.slots.borrow()[idx as usize];
                *stack.last_mut().unwrap() = v;
            }
            Op::LoadFastLoadAttr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadAttr(_, c) = code.ops[pc + 1] else { return pc };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    return pc;
                };
                let v = inst.slots.borrow()[idx as usize];
                stack.push(v);
                pc += 1;
            }
            Op::StoreAttr(_, c) => {
                let n = stack.len();
                if n < 2 {
                    return pc;
                }
                let (v, obj) = (stack[n - 2], stack[n - 1]);
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    return pc;
                };
                inst.slots.borrow_mut()[idx as usize] = v;
                stack.truncate(n - 2);
            }
            Op::LoadFastStoreAttr(i) => {
                let obj = stack[base + i as usize];
                let Op::StoreAttr(_, c) = code.ops[pc + 1] else { return pc };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { return pc };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    return pc;
                };
                let v = pop!();
                inst.slots.borrow_mut()[idx as usize] = v;
                pc += 1;
            }
            Op::ForIter(t) => {
                if heap.collection_due() {
                    return pc;
                }
                let Some(&it) = stack.last() else { return pc };
                let Some(ObjKind::Iter(st)) = it.kind() else { return pc };
                let mut st = st.borrow_mut();
                match &mut *st {
                    IterState::Range { cur, left, step } => {
                        if *left > 0 {
                            let v = *cur;
                            if !fits_small(v) {
                                return pc;
                            }
                            *cur = cur.wrapping_add(*step);
                            *left -= 1;
                            drop(st);
                            stack.push(Value::small_int(v));
                        } else {
                            drop(st);
                            stack.pop();
                            pc = t as usize;
                            if COUNT {
                                *count += 1;
                            }
                            continue;
                        }
                    }
                    IterState::Seq(seq, idx) => {
                        let Some(ObjKind::List(l)) = seq.kind() else { return pc };
                        let l = l.borrow();
                        if *idx < l.len() {
                            let v = l[*idx];
                            *idx += 1;
                            drop(l);
                            drop(st);
                            stack.push(v);
                        } else {
                            return pc;
                        }
                    }
                    _ => return pc,
                }
            }
            _ => return pc,
        }
        pc += 1;
        if COUNT {
            *count += 1;
        }
    }
}
