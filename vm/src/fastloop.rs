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
use crate::interp::code_ref;
use crate::object::{probe_method, probe_slot, CodeObj, IterState, ObjKind};
use crate::value::{fits_small, Value};
use crate::vm::{Frame, FrameKind, GlobalSlot};

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

/// `seq[i]` for a list or tuple and an in-range index (negative counts from the end).
#[inline(always)]
fn index_seq(obj: Value, i: i64) -> Option<Value> {
    match obj.kind()? {
        ObjKind::List(l) => {
            let l = l.borrow();
            crate::ops::norm_index(i, l.len()).map(|j| l[j])
        }
        ObjKind::Tuple(t) => crate::ops::norm_index(i, t.len()).map(|j| t[j]),
        _ => None,
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
            CmpOp::Eq | CmpOp::Ne => {
                // str == str (user classes and mixed kinds go to the dispatcher).
                let (Some(x), Some(y)) = (a.as_str(), b.as_str()) else { return None };
                Some((x == y) == (op == CmpOp::Eq))
            }
            _ => None,
        }
    }
}

/// Runs instructions from `pc` while they have a fast path; returns the pc of the first
/// one that needs the full dispatcher (not executed). `count` receives the number of
/// instructions executed when `COUNT` is on.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
pub fn run<const COUNT: bool>(
    stack: &mut Vec<Value>,
    code: &CodeObj,
    pc: usize,
    base: usize,
    globals: &[GlobalSlot],
    heap: &Heap,
    type_version: u64,
    char_strs: &[Value],
    count: &mut u64,
) -> usize {
    let ctx = Ctx { globals, heap, depth: 0, can_return: false, depth_limit: 0, type_version, char_strs };
    let mut sp = stack.len();
    let (pc, _) = slice_run::<COUNT>(stack, &mut sp, code, pc, base, &ctx, count);
    stack.truncate(sp);
    pc
}

/// What the fast loop needs besides the stack.
struct Ctx<'a> {
    globals: &'a [GlobalSlot],
    heap: &'a Heap,
    /// Current frame depth.
    depth: usize,
    /// May `Return` pop the current frame here (a plain call frame, not an entry frame,
    /// with no handler block or handled exception of its own)?
    can_return: bool,
    /// Frame depth at which calls must go through the dispatcher (recursion limit).
    depth_limit: usize,
    /// The VM's type version (for method caches).
    type_version: u64,
    /// The interned one-character ASCII strs (str indexing).
    char_strs: &'a [Value],
}

/// Why the fast loop stopped.
enum Stop {
    /// An instruction it cannot run.
    Slow,
    /// A call to a simple Python function: the callable sits at `ret_sp`, its arguments
    /// start at `args_at`.
    Call { func: Value, args_at: usize, ret_sp: usize },
    /// A `Return` of the current frame with this value.
    Return(Value),
}

#[inline(never)]
fn slice_run<const COUNT: bool>(
    stack: &mut Vec<Value>,
    sp: &mut usize,
    code: &CodeObj,
    pc: usize,
    base: usize,
    ctx: &Ctx,
    count: &mut u64,
) -> (usize, Stop) {
    // Work on a slice with room for the frame's deepest operand stack and keep the stack
    // height in a register; the Vec's length is fixed up by the caller.
    let limit = base + code.nlocals() + code.max_stack + 2;
    if stack.len() < limit {
        stack.resize(limit, Value::NULL);
    }
    let floor = base + code.nlocals();
    run_slice::<COUNT>(&mut stack[..], sp, floor, code, pc, base, ctx, count)
}

/// Runs the fast loop across simple calls and returns, pushing and popping frames itself.
/// Leaves the current frame's `pc` in `frames` and the stack length exact.
#[allow(clippy::too_many_arguments)]
pub fn run_frames<const COUNT: bool>(
    stack: &mut Vec<Value>,
    frames: &mut Vec<Frame>,
    handlers_len: usize,
    exc_len: usize,
    depth_limit: usize,
    globals: &[GlobalSlot],
    heap: &Heap,
    type_version: u64,
    calls: &mut u64,
    count: &mut u64,
) {
    let mut sp = stack.len();
    loop {
        let f = frames.last().unwrap();
        let code = code_ref(f.code);
        let ctx = Ctx {
            globals,
            heap,
            depth: frames.len(),
            can_return: f.kind == FrameKind::Call
                && !f.entry
                && f.handler_base as usize == handlers_len
                && f.exc_base as usize == exc_len,
            depth_limit,
            type_version,
            char_strs: &[],
        };
        let (pc, stop) =
            slice_run::<COUNT>(stack, &mut sp, code, f.pc as usize, f.base as usize, &ctx, count);
        frames.last_mut().unwrap().pc = pc as u32;
        match stop {
            Stop::Slow => {
                stack.truncate(sp);
                return;
            }
            Stop::Call { func, args_at, ret_sp } => {
                let Some(ObjKind::Function(fo)) = func.kind() else { unreachable!() };
                let callee = code_ref(fo.code);
                stack.truncate(sp);
                stack.resize(args_at + callee.nlocals(), Value::NULL);
                sp = stack.len();
                *calls += 1;
                frames.push(Frame {
                    code: fo.code,
                    func,
                    pc: 0,
                    base: args_at as u32,
                    ret_sp: ret_sp as u32,
                    handler_base: handlers_len as u32,
                    exc_base: exc_len as u32,
                    entry: false,
                    kind: FrameKind::Call,
                });
            }
            Stop::Return(v) => {
                let f = frames.pop().unwrap();
                stack.truncate(f.ret_sp as usize);
                stack.push(v);
                sp = stack.len();
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn run_slice<const COUNT: bool>(
    stack: &mut [Value],
    sp_out: &mut usize,
    floor: usize,
    code: &CodeObj,
    mut pc: usize,
    base: usize,
    ctx: &Ctx,
    count: &mut u64,
) -> (usize, Stop) {
    let (globals, heap) = (ctx.globals, ctx.heap);
    let mut sp = *sp_out;
    let cap = stack.len();
    macro_rules! exit {
        () => {{
            *sp_out = sp;
            return (pc, Stop::Slow);
        }};
    }
    macro_rules! pop {
        () => {{
            if sp <= floor {
                exit!();
            }
            sp -= 1;
            stack[sp]
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            if sp >= cap {
                exit!();
            }
            stack[sp] = v;
            sp += 1;
        }};
    }
    macro_rules! top {
        () => {{
            if sp <= floor {
                exit!();
            }
            stack[sp - 1]
        }};
    }
    loop {
        let op = code.ops[pc];
        match op {
            Op::Nop => {}
            Op::LoadConst(i) => push!(code.consts[i as usize]),
            Op::LoadFast(i) => {
                let v = stack[base + i as usize];
                if v.is_null() {
                    exit!();
                }
                push!(v);
            }
            Op::StoreFast(i) => {
                let v = pop!();
                stack[base + i as usize] = v;
            }
            Op::LoadFastLoadFast(i) => {
                let v = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let w = stack[base + j as usize];
                if v.is_null() || w.is_null() {
                    exit!();
                }
                push!(v);
                push!(w);
                pc += 1;
            }
            Op::LoadFastLoadConst(i) => {
                let v = stack[base + i as usize];
                let Op::LoadConst(c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if v.is_null() {
                    exit!();
                }
                push!(v);
                push!(code.consts[c as usize]);
                pc += 1;
            }
            Op::StoreFastLoadFast(i) => {
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let v = pop!();
                stack[base + i as usize] = v;
                let w = stack[base + j as usize];
                if w.is_null() {
                    // Let the dispatcher report the unbound local at the LoadFast.
                    pc += 1;
                    exit!();
                }
                push!(w);
                pc += 1;
            }
            Op::LoadFastPairSubscr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(k) = stack[base + j as usize].as_small_int() else { exit!() };
                let Some(v) = index_seq(obj, k) else { exit!() };
                push!(v);
                pc += 2;
            }
            Op::LoadFastPairStoreSubscr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(k) = stack[base + j as usize].as_small_int() else { exit!() };
                let Some(ObjKind::List(l)) = obj.kind() else { exit!() };
                let v = top!();
                let Ok(mut l) = l.try_borrow_mut() else { exit!() };
                let len = l.len() as i64;
                let k = if k < 0 { k + len } else { k };
                if k < 0 || k >= len {
                    exit!();
                }
                l[k as usize] = v;
                drop(l);
                sp -= 1;
                pc += 2;
            }
            Op::LoadFastConstOpStore(i) => {
                let a = stack[base + i as usize];
                let Op::LoadConst(c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let bop = match code.ops[pc + 2].first_of_pair() {
                    Op::BinaryOp(b, _) | Op::InplaceOp(b, _) | Op::BinaryOpStoreFast(b, _) => b,
                    _ => exit!(),
                };
                let Op::StoreFast(x) = code.ops[pc + 3].first_of_pair() else { exit!() };
                let Some(r) = arith(bop, a, code.consts[c as usize]) else { exit!() };
                stack[base + x as usize] = r;
                pc += 3;
            }
            Op::DupLoadAttr => {
                let obj = top!();
                let Op::LoadAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                let v = inst.slots.borrow()[idx as usize];
                push!(v);
                pc += 1;
            }
            Op::Rot2StoreAttr => {
                // `obj v` -> obj.attr = v (the Rot2 puts obj on top for the StoreAttr).
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let Op::StoreAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let (obj, v) = (stack[n - 2], stack[n - 1]);
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                inst.slots.borrow_mut()[idx as usize] = v;
                sp = n - 2;
                pc += 1;
            }
            Op::Call(n) => {
                let n = n as usize;
                if sp < floor + n + 2 || ctx.depth >= ctx.depth_limit || heap.collection_due() {
                    exit!();
                }
                let (callable, selfv) = (stack[sp - n - 2], stack[sp - n - 1]);
                let Some(ObjKind::Function(f)) = callable.kind() else { exit!() };
                let callee = code_ref(f.code);
                let (args_at, argc) = if selfv.is_null() { (sp - n, n) } else { (sp - n - 1, n + 1) };
                if !callee.fast_call || argc != callee.argcount as usize {
                    exit!();
                }
                if COUNT {
                    *count += 1;
                }
                *sp_out = sp;
                return (pc + 1, Stop::Call { func: callable, args_at, ret_sp: sp - n - 2 });
            }
            Op::Return => {
                if !ctx.can_return {
                    exit!();
                }
                let v = pop!();
                if COUNT {
                    *count += 1;
                }
                *sp_out = sp;
                return (pc + 1, Stop::Return(v));
            }
            Op::UnpackSequence(n) => {
                let seq = top!();
                let n = n as usize;
                match seq.kind() {
                    Some(ObjKind::Tuple(t)) if t.len() == n => {
                        if sp - 1 + n > cap {
                            exit!();
                        }
                        sp -= 1;
                        for v in t.iter().rev() {
                            stack[sp] = *v;
                            sp += 1;
                        }
                    }
                    Some(ObjKind::List(l)) if l.borrow().len() == n => {
                        if sp - 1 + n > cap {
                            exit!();
                        }
                        sp -= 1;
                        for v in l.borrow().iter().rev() {
                            stack[sp] = *v;
                            sp += 1;
                        }
                    }
                    _ => exit!(),
                }
            }
            Op::LoadDeref(i) => {
                let Some(ObjKind::Cell(c)) = stack[base + i as usize].kind() else { exit!() };
                let v = c.get();
                if v.is_null() {
                    exit!();
                }
                push!(v);
            }
            Op::StoreDeref(i) => {
                let Some(ObjKind::Cell(c)) = stack[base + i as usize].kind() else { exit!() };
                let v = pop!();
                c.set(v);
            }
            Op::LoadMethod(_, c) => {
                let obj = top!();
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(m) = probe_method(
                    &code.caches[c as usize],
                    inst.class.bits(),
                    ctx.type_version,
                    inst.shape.get(),
                ) else {
                    exit!()
                };
                stack[sp - 1] = m;
                push!(obj);
            }
            Op::LoadFastLoadMethod(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadMethod(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(m) = probe_method(
                    &code.caches[c as usize],
                    inst.class.bits(),
                    ctx.type_version,
                    inst.shape.get(),
                ) else {
                    exit!()
                };
                push!(m);
                push!(obj);
                pc += 1;
            }
            Op::Pop => {
                pop!();
            }
            Op::Dup => {
                let v = top!();
                push!(v);
            }
            Op::Rot2 => {
                // Pops and pushes rather than a swap: LLVM turns a two-element swap into
                // one 16-byte load, which stalls on store forwarding right after two
                // 8-byte pushes.
                let a = std::hint::black_box(pop!());
                let b = pop!();
                push!(a);
                push!(b);
            }
            Op::BinaryOp(bop, _) | Op::InplaceOp(bop, _) => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                match arith(bop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        sp = n - 1;
                        stack[n - 2] = r;
                    }
                    None => exit!(),
                }
            }
            Op::BinaryOpStoreFast(bop, _) => {
                let n = sp;
                let Op::StoreFast(x) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if n < floor + 2 {
                    exit!();
                }
                match arith(bop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        sp = n - 2;
                        stack[base + x as usize] = r;
                        pc += 1;
                    }
                    None => exit!(),
                }
            }
            Op::Compare(cop) => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                match compare(cop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        sp = n - 1;
                        stack[n - 2] = Value::bool(r);
                    }
                    None => exit!(),
                }
            }
            Op::CompareJumpIfFalse(cop) => {
                let n = sp;
                let Op::PopJumpIfFalse(t) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if n < floor + 2 {
                    exit!();
                }
                match compare(cop, stack[n - 2], stack[n - 1]) {
                    Some(r) => {
                        sp = n - 2;
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
                    None => exit!(),
                }
            }
            Op::Jump(t) => {
                if (t as usize) <= pc && heap.collection_due() {
                    exit!();
                }
                pc = t as usize;
                if COUNT {
                    *count += 1;
                }
                continue;
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                let v = top!();
                let Some(b) = v.as_bool() else { exit!() };
                sp -= 1;
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
                let v = top!();
                let Some(b) = v.as_bool() else { exit!() };
                stack[sp - 1] = Value::bool(!b);
            }
            Op::LoadGlobal(i, _) | Op::LoadGlobalPushNull(i, _) => {
                let slot = &globals[code.global_slots[i as usize] as usize];
                let v = if slot.value.is_null() { slot.builtin } else { slot.value };
                if v.is_null() {
                    exit!();
                }
                push!(v);
                if let Op::LoadGlobalPushNull(..) = op {
                    if let Op::PushNull = code.ops[pc + 1].first_of_pair() {
                        push!(Value::NULL);
                        pc += 1;
                    }
                }
            }
            Op::PushNull => push!(Value::NULL),
            Op::BinarySubscr => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let (obj, key) = (stack[n - 2], stack[n - 1]);
                let Some(i) = key.as_small_int() else { exit!() };
                let v = match obj.kind() {
                    Some(ObjKind::List(_) | ObjKind::Tuple(_)) => match index_seq(obj, i) {
                        Some(v) => v,
                        None => exit!(),
                    },
                    Some(ObjKind::Str(s)) if s.is_ascii() && !ctx.char_strs.is_empty() => {
                        let len = s.s.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j < 0 || j >= len {
                            exit!();
                        }
                        ctx.char_strs[s.s.as_bytes()[j as usize] as usize]
                    }
                    _ => exit!(),
                };
                sp = n - 1;
                stack[n - 2] = v;
            }
            Op::Dup2 => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let (a, b) = (stack[n - 2], stack[n - 1]);
                push!(a);
                push!(b);
            }
            Op::Rot3 => {
                let n = sp;
                if n < floor + 3 {
                    exit!();
                }
                let top = stack[n - 1];
                stack[n - 1] = stack[n - 2];
                stack[n - 2] = stack[n - 3];
                stack[n - 3] = top;
            }
            Op::Unary(UnaryOp::Neg) => {
                let v = top!();
                let r = if v.is_small_int() {
                    match Value::try_small_int(-v.int_unchecked()) {
                        Some(r) => r,
                        None => exit!(),
                    }
                } else if v.is_float() {
                    Value::float(-v.float_unchecked())
                } else {
                    exit!();
                };
                stack[sp - 1] = r;
            }
            Op::StoreSubscr => {
                let n = sp;
                if n < floor + 3 {
                    exit!();
                }
                let (v, obj, key) = (stack[n - 3], stack[n - 2], stack[n - 1]);
                let (Some(ObjKind::List(l)), Some(i)) = (obj.kind(), key.as_small_int()) else { exit!() };
                let Ok(mut l) = l.try_borrow_mut() else { exit!() };
                let len = l.len() as i64;
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    exit!();
                }
                l[j as usize] = v;
                drop(l);
                sp = n - 3;
            }
            Op::LoadAttr(_, c) => {
                let obj = top!();
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                let v = inst.slots.borrow()[idx as usize];
                stack[sp - 1] = v;
            }
            Op::LoadFastLoadAttr(i) => {
                let obj = stack[base + i as usize];
                let Op::LoadAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                let v = inst.slots.borrow()[idx as usize];
                push!(v);
                pc += 1;
            }
            Op::StoreAttr(_, c) => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let (v, obj) = (stack[n - 2], stack[n - 1]);
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                inst.slots.borrow_mut()[idx as usize] = v;
                sp = n - 2;
            }
            Op::LoadFastStoreAttr(i) => {
                let obj = stack[base + i as usize];
                let Op::StoreAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(&code.caches[c as usize], inst.class.bits(), inst.shape.get())
                else {
                    exit!();
                };
                let v = pop!();
                inst.slots.borrow_mut()[idx as usize] = v;
                pc += 1;
            }
            Op::ForIter(t) => {
                if heap.collection_due() {
                    exit!();
                }
                let it = top!();
                let Some(ObjKind::Iter(st)) = it.kind() else { exit!() };
                let mut st = st.borrow_mut();
                match &mut *st {
                    IterState::Range { cur, left, step } => {
                        if *left > 0 {
                            let v = *cur;
                            if !fits_small(v) {
                                exit!();
                            }
                            *cur = cur.wrapping_add(*step);
                            *left -= 1;
                            drop(st);
                            push!(Value::small_int(v));
                        } else {
                            drop(st);
                            sp -= 1;
                            pc = t as usize;
                            if COUNT {
                                *count += 1;
                            }
                            continue;
                        }
                    }
                    IterState::Seq(seq, idx) => {
                        let v = match seq.kind() {
                            Some(ObjKind::List(l)) => l.borrow().get(*idx).copied(),
                            Some(ObjKind::Tuple(t)) => t.get(*idx).copied(),
                            _ => exit!(),
                        };
                        let Some(v) = v else { exit!() };
                        *idx += 1;
                        drop(st);
                        push!(v);
                    }
                    _ => exit!(),
                }
            }
            _ => exit!(),
        }
        pc += 1;
        if COUNT {
            *count += 1;
        }
    }
}
