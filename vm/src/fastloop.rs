//! The interpreter's fast loop: the common instructions on their fast paths only.
//!
//! `dispatch` spends most of its time on a handful of instructions whose common case needs
//! no allocation and no error: local and constant loads, int and float arithmetic,
//! comparisons and branches, list indexing, instance attributes and methods that hit the
//! inline cache, `for` over ranges and lists, and calls. This loop runs exactly those,
//! with a small register footprint, and returns at the first instruction it cannot finish
//! on its fast path (leaving the top frame's pc on it); the full dispatcher then executes
//! that one instruction (including all its slow paths and errors) and comes back.
//!
//! Calls stay in the loop: a simple Python call pushes its frame here and a `Return` pops
//! it, so recursion never leaves the loop. Built-in functions are called from here too;
//! they are the only way this loop raises or runs other code (Python code, a collection),
//! and around them the VM stack is exact and the frame's pc saved. Otherwise nothing here
//! collects garbage: a backward jump, loop step or Python call when a collection is due
//! returns to the dispatcher, whose versions of those are the safepoints.

use crate::bytecode::{BinOp, CmpOp, Op, UnaryOp};
use crate::interp::code_ref;
use crate::object::{probe_method, probe_slot, CodeObj, IterState, ObjKind};
use crate::value::{fits_small, Value};
use crate::vm::{Frame, FrameKind, PyResult, TypeId, Vm};

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

/// `a op b` for two unboxed numbers of the same kind, if the fast path applies; other
/// int and float operands (`arith_more`) when `heap` is given.
#[inline(always)]
fn arith(op: BinOp, a: Value, b: Value, heap: Option<(&mut crate::gc::Heap, Value, bool)>) -> Option<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(r) = int_op(op, a.int_unchecked(), b.int_unchecked()) {
            return Some(Value::small_int(r));
        }
    } else if a.is_float() && b.is_float() {
        if let Some(r) = float_op(op, a.float_unchecked(), b.float_unchecked()) {
            return Some(Value::float(r));
        }
    }
    let (heap, empty_tuple, inplace) = heap?;
    arith_more(op, a, b, heap, empty_tuple, inplace)
}

/// A new tuple, as `Vm::new_tuple` makes it (the empty one shared).
#[inline(always)]
fn new_tuple(heap: &mut crate::gc::Heap, empty_tuple: Value, items: Vec<Value>) -> Value {
    if items.is_empty() && !empty_tuple.is_none() {
        return empty_tuple;
    }
    let n = items.len();
    let boxed = items.into_boxed_slice();
    heap.alloc_with(n * 8, move || ObjKind::Tuple(boxed))
}

/// A new list, as `Vm::new_list` makes it.
#[inline(always)]
fn new_list(heap: &mut crate::gc::Heap, items: Vec<Value>) -> Value {
    let n = items.capacity() * 8;
    heap.alloc_with(n, move || ObjKind::List(std::cell::RefCell::new(items)))
}

/// `seq[lo:hi]` of a list or tuple, bounds unboxed ints or None (step 1), as
/// `Vm::getitem` with a slice.
#[inline(never)]
fn slice_seq(
    heap: &mut crate::gc::Heap,
    empty_tuple: Value,
    seq: Value,
    lo: Value,
    hi: Value,
) -> Option<Value> {
    let bound = |v: Value, len: usize, dflt: usize| -> Option<usize> {
        if v.is_none() {
            return Some(dflt);
        }
        let i = v.as_small_int()?;
        Some(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
    };
    let part = |items: &[Value]| -> Option<Vec<Value>> {
        let n = items.len();
        let (a, b) = (bound(lo, n, 0)?, bound(hi, n, n)?);
        Some(if b > a { items[a..b].to_vec() } else { Vec::new() })
    };
    match seq.kind()? {
        ObjKind::List(l) => {
            let items = part(&l.try_borrow().ok()?)?;
            Some(new_list(heap, items))
        }
        ObjKind::Tuple(t) => {
            let items = part(t)?;
            Some(new_tuple(heap, empty_tuple, items))
        }
        _ => None,
    }
}

/// An int that fits in an i64 (unboxed or a heap `Int64`).
#[inline(always)]
fn as_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.int_unchecked());
    }
    match v.kind() {
        Some(ObjKind::Int64(i)) => Some(*i),
        _ => None,
    }
}

/// An int or float as an f64, when the conversion is exact (ints below 2**53).
#[inline(always)]
fn as_f64_exact(v: Value) -> Option<f64> {
    if v.is_float() {
        return Some(v.float_unchecked());
    }
    let i = as_i64(v)?;
    (i.abs() < (1 << 53)).then_some(i as f64)
}

/// The rest of the arithmetic the fast loop does, as `Vm::int_binop` and
/// `Vm::float_binop` would: ints in i64 (a result beyond 48 bits is a heap `Int64`, as
/// `Vm::new_int` makes), true division and shifts of ints, and int/float mixes; and the
/// concatenation of two lists (not in place: `+=` extends the list) or two tuples
/// (`empty_tuple`: the VM's empty tuple).
#[inline(never)]
fn arith_more(
    op: BinOp,
    a: Value,
    b: Value,
    heap: &mut crate::gc::Heap,
    empty_tuple: Value,
    inplace: bool,
) -> Option<Value> {
    if op == BinOp::Add {
        match (a.kind(), b.kind()) {
            // (An allocation failure is the dispatcher's MemoryError.)
            (Some(ObjKind::Tuple(x)), Some(ObjKind::Tuple(y))) => {
                let mut v = Vec::new();
                v.try_reserve_exact(x.len() + y.len()).ok()?;
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                return Some(new_tuple(heap, empty_tuple, v));
            }
            (Some(ObjKind::List(x)), Some(ObjKind::List(y))) if !inplace => {
                let (x, y) = (x.try_borrow().ok()?, y.try_borrow().ok()?);
                let mut v = Vec::new();
                v.try_reserve_exact(x.len() + y.len()).ok()?;
                v.extend_from_slice(&x);
                v.extend_from_slice(&y);
                return Some(new_list(heap, v));
            }
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y)?,
            BinOp::Sub => x.checked_sub(y)?,
            BinOp::Mul => x.checked_mul(y)?,
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::FloorDiv if y > 0 => x.div_euclid(y),
            BinOp::Mod if y > 0 => x.rem_euclid(y),
            BinOp::RShift if y >= 0 => {
                if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }
            }
            BinOp::LShift if (0..63).contains(&y) => {
                let r = x.checked_shl(y as u32)?;
                if r >> y != x {
                    return None;
                }
                r
            }
            BinOp::TrueDiv if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => {
                return Some(Value::float(x as f64 / y as f64));
            }
            _ => return None,
        };
        return Some(if fits_small(r) {
            Value::small_int(r)
        } else {
            heap.alloc_with(0, move || ObjKind::Int64(r))
        });
    }
    if a.is_float() || b.is_float() {
        let (x, y) = (as_f64_exact(a)?, as_f64_exact(b)?);
        return float_op(op, x, y).map(Value::float);
    }
    None
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

/// The method-cache key of a receiver: (class, shape) for an instance; for the common
/// built-in receivers (list, dict, str) the type and shape 0, as `Vm::load_method` caches
/// them.
#[inline(always)]
fn method_key(types: &[Value], obj: Value) -> Option<(u64, u32)> {
    let t = match obj.kind()? {
        ObjKind::Instance(inst) => return Some((inst.class.bits(), inst.shape.get())),
        ObjKind::List(_) => TypeId::List,
        ObjKind::Dict(_) => TypeId::Dict,
        ObjKind::Str(_) => TypeId::Str,
        _ => return None,
    };
    Some((types[t as usize].bits(), 0))
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
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge | CmpOp::Eq | CmpOp::Ne
                if (a.is_float() && b.is_small_int()) || (a.is_small_int() && b.is_float()) =>
            {
                // An unboxed int converts to f64 exactly.
                let x = if a.is_float() { a.float_unchecked() } else { a.int_unchecked() as f64 };
                let y = if b.is_float() { b.float_unchecked() } else { b.int_unchecked() as f64 };
                Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Gt => x > y,
                    CmpOp::Ge => x >= y,
                    CmpOp::Eq => x == y,
                    _ => x != y,
                })
            }
            CmpOp::In => contains_simple(b, a),
            CmpOp::NotIn => contains_simple(b, a).map(|r| !r),
            CmpOp::Eq | CmpOp::Ne => {
                // str == str (user classes and mixed kinds go to the dispatcher).
                let (Some(x), Some(y)) = (a.as_str(), b.as_str()) else { return None };
                Some((x == y) == (op == CmpOp::Eq))
            }
            _ => None,
        }
    }
}

/// `x in seq` for a tuple or list and an unboxed int or a str, when no element needs
/// the general comparison (every element is an int, float, bool, None or str); as
/// `Vm::contains` (an element equal by identity or by value).
#[inline(never)]
fn contains_simple(seq: Value, x: Value) -> Option<bool> {
    let scan = |items: &[Value]| -> Option<bool> {
        if x.is_small_int() {
            let i = x.int_unchecked();
            for &e in items {
                if e == x {
                    return Some(true);
                }
                if e.is_small_int() || e.is_none() {
                    continue;
                }
                if e.is_float() {
                    if e.float_unchecked() == i as f64 {
                        return Some(true);
                    }
                    continue;
                }
                if let Some(b) = e.as_bool() {
                    if b as i64 == i {
                        return Some(true);
                    }
                    continue;
                }
                if let Some(ObjKind::Str(_)) = e.kind() {
                    continue;
                }
                return None;
            }
            Some(false)
        } else {
            let xs = x.as_str()?;
            for &e in items {
                if e == x {
                    return Some(true);
                }
                if e.is_small_int() || e.is_none() || e.is_float() || e.as_bool().is_some() {
                    continue;
                }
                match e.as_str() {
                    Some(es) if es == xs => return Some(true),
                    Some(_) => continue,
                    None => return None,
                }
            }
            Some(false)
        }
    };
    match seq.kind()? {
        ObjKind::Tuple(t) => scan(t),
        ObjKind::List(l) => scan(&l.try_borrow().ok()?),
        _ => None,
    }
}

/// Runs the top frame's instructions from its `pc` while they have a fast path, across
/// simple calls and returns when `vm.fast_calls` is on (pushing and popping frames
/// itself); stops at the first instruction that needs the full dispatcher (not executed).
/// On return the top frame's `pc` is that instruction and the stack length is exact.
/// `count` receives the number of instructions executed when `COUNT` is on.
#[inline(never)]
pub fn run<const COUNT: bool>(vm: &mut Vm, count: &mut u64) -> PyResult<()> {
    let ctx = Ctx {
        // Hook chains must see every frame entry (`Vm::push_call_frame` consults them).
        fast_calls: vm.fast_calls && !vm.hooks_active,
        handlers_len: vm.handlers.len(),
        exc_len: vm.exc_info.len(),
        depth_limit: vm.recursion_limit,
    };
    run_frames::<COUNT>(vm, &ctx, count)
}

/// What the fast loop keeps fixed while it runs (calls to built-in functions leave the
/// handler blocks and the exceptions being handled as they found them).
struct Ctx {
    /// May the loop push and pop frames for simple calls?
    fast_calls: bool,
    /// Number of handler blocks and of exceptions being handled.
    handlers_len: usize,
    exc_len: usize,
    /// Frame depth at which calls must go through the dispatcher (recursion limit).
    depth_limit: usize,
}

/// May `Return` pop frame `f` in the fast loop: a plain call, `__init__` or operator-method frame (not an
/// entry frame) with no handler block or handled exception of its own?
#[inline(always)]
fn can_return(f: &Frame, ctx: &Ctx) -> bool {
    ctx.fast_calls
        && matches!(f.kind, FrameKind::Call | FrameKind::Init(_) | FrameKind::BinOp(_))
        && !f.entry
        && f.handler_base as usize == ctx.handlers_len
        && f.exc_base as usize == ctx.exc_len
}

/// The generator of the top frame if it is an inline generator frame (resumed by a
/// `for` loop, `yield from` or `next` in this or the dispatcher's loop, not by
/// `Vm::gen_step`) with no handler block or handled exception of its own: such a frame's
/// `yield` and `return` are handled in the fast loop.
#[inline(always)]
fn gen_frame(frames: &[Frame], ctx: &Ctx) -> Option<Value> {
    let f = frames.last()?;
    let FrameKind::Generator(g) = f.kind else { return None };
    if !ctx.fast_calls
        || f.entry
        || f.handler_base as usize != ctx.handlers_len
        || f.exc_base as usize != ctx.exc_len
    {
        return None;
    }
    Some(g)
}

/// `obj.attr = v` through the site's cache: an existing slot of an instance, or an
/// attribute-adding store the site has seen (class, old shape) -> (slot, new shape), as
/// the dispatcher does. False if the cache does not apply (nothing stored).
#[inline(always)]
fn store_attr(site: &crate::object::SiteCache, obj: Value, v: Value, versions: (u64, u64)) -> bool {
    let (type_version, layout_version) = versions;
    let Some(ObjKind::Instance(inst)) = obj.kind() else { return false };
    let (class, shape) = (inst.class.bits(), inst.shape.get());
    if let Some(idx) = probe_slot(site, class, layout_version, shape) {
        inst.slots.borrow_mut()[idx as usize] = v;
        return true;
    }
    if let Some((idx, new_shape)) = crate::object::probe_transition(site, class, type_version, shape) {
        let mut slots = inst.slots.borrow_mut();
        if slots.len() == idx as usize {
            slots.push(v);
            drop(slots);
            inst.shape.set(new_shape);
            return true;
        }
    }
    false
}

/// Stack slots a frame of `code` based at `base` may touch.
#[inline(always)]
fn frame_limit(code: &CodeObj, base: usize) -> usize {
    base + code.nlocals() + code.max_stack + 2
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn run_frames<const COUNT: bool>(vm: &mut Vm, ctx: &Ctx, count: &mut u64) -> PyResult<()> {
    let f = vm.frames.last().unwrap();
    let mut code: &CodeObj = code_ref(f.code);
    let mut pc = f.pc as usize;
    let mut base = f.base as usize;
    let mut floor = base + code.nlocals();
    let mut returnable = can_return(f, ctx);
    let mut sp = vm.stack.len();
    // Work on a slice with room for the frame's deepest operand stack and keep the stack
    // height in a register; the Vec's length is fixed up on exit. The slice only grows
    // (a call that needs more room resizes the Vec and takes a new slice).
    let limit = frame_limit(code, base);
    if vm.stack.len() < limit {
        vm.stack.resize(limit, Value::NULL);
    }
    let mut s: &mut [Value] = &mut vm.stack[..];
    let mut cap = s.len();
    macro_rules! exit {
        () => {{
            vm.frames.last_mut().unwrap().pc = pc as u32;
            vm.stack.truncate(sp);
            return Ok(());
        }};
    }
    macro_rules! pop {
        () => {{
            if sp <= floor {
                exit!();
            }
            sp -= 1;
            s[sp]
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            if sp >= cap {
                exit!();
            }
            s[sp] = v;
            sp += 1;
        }};
    }
    macro_rules! top {
        () => {{
            if sp <= floor {
                exit!();
            }
            s[sp - 1]
        }};
    }
    // Resumes generator `$gen` inline with `$sent` on top of the consumer, whose operand
    // stack ends at `sp` less `$drop` slots and whose pc moves past the current instruction (as
    // `Vm::gen_push_frame`, for a generator with no handler blocks of its own); exits
    // when that does not apply.
    macro_rules! enter_gen {
        ($gen:expr, $sent:expr, $drop:expr) => {{
            let gen: Value = $gen;
            let sent: Value = $sent;
            let Some(ObjKind::Generator(g)) = gen.kind() else { exit!() };
            if !ctx.fast_calls || vm.frames.len() >= ctx.depth_limit {
                exit!();
            }
            let Ok(mut st) = g.try_borrow_mut() else { exit!() };
            if st.finished
                || st.running
                || !st.handlers.is_empty()
                || !st.exc.is_empty()
                || (!st.started && !sent.is_none())
            {
                exit!();
            }
            let func_v = st.func;
            let Some(ObjKind::Function(func)) = func_v.kind() else { exit!() };
            let gcode = code_ref(func.code);
            // The sent value leaves the consumer's stack.
            sp -= $drop;
            let nbase = sp;
            let n = st.saved.len();
            let limit = frame_limit(gcode, nbase).max(nbase + n + 1);
            if limit > cap {
                vm.stack.resize(limit, Value::NULL);
                s = &mut vm.stack[..];
                cap = s.len();
            }
            s[nbase..nbase + n].copy_from_slice(&st.saved);
            st.saved.clear();
            sp = nbase + n;
            if st.started {
                s[sp] = sent;
                sp += 1;
            }
            st.started = true;
            st.running = true;
            vm.frames.last_mut().unwrap().pc = (pc + 1) as u32;
            vm.frames.push(Frame {
                code: func.code,
                func: func_v,
                pc: st.pc,
                base: nbase as u32,
                ret_sp: nbase as u32,
                handler_base: ctx.handlers_len as u32,
                exc_base: ctx.exc_len as u32,
                entry: false,
                kind: FrameKind::Generator(gen),
            });
            code = gcode;
            pc = st.pc as usize;
            drop(st);
            base = nbase;
            floor = base + code.nlocals();
            returnable = false;
            if COUNT {
                *count += 1;
            }
            continue;
        }};
    }
    // Pops the top frame, an inline generator frame (see `gen_frame`), and continues in its
    // consumer with the stack cut back to the generator's base.
    macro_rules! leave_gen {
        () => {{
            let ret_sp = vm.frames.pop().unwrap().ret_sp as usize;
            let f = vm.frames.last().unwrap();
            code = code_ref(f.code);
            pc = f.pc as usize;
            base = f.base as usize;
            floor = base + code.nlocals();
            returnable = can_return(f, ctx);
            let limit = frame_limit(code, base);
            if limit > cap {
                vm.stack.resize(limit, Value::NULL);
                s = &mut vm.stack[..];
                cap = s.len();
            }
            sp = ret_sp;
        }};
    }
    // Runs `$e` (an expression on `vm`: a slow path of the current instruction that may
    // run Python code or collect) with the stack exact and the frame's pc past the
    // instruction, as the dispatcher would; errors leave the loop. Evaluates to its value.
    macro_rules! sync_call {
        ($e:expr) => {{
            vm.frames.last_mut().unwrap().pc = (pc + 1) as u32;
            vm.stack.truncate(sp);
            let r = $e?;
            let limit = frame_limit(code, base);
            if vm.stack.len() < limit {
                vm.stack.resize(limit, Value::NULL);
            }
            s = &mut vm.stack[..];
            cap = s.len();
            r
        }};
    }
    loop {
        let op = code.ops[pc];
        match op {
            Op::Nop => {}
            Op::LoadConst(i) => push!(code.consts[i as usize]),
            Op::LoadFast(i) => {
                let v = s[base + i as usize];
                if v.is_null() {
                    exit!();
                }
                push!(v);
            }
            Op::StoreFast(i) => {
                let v = pop!();
                s[base + i as usize] = v;
            }
            Op::LoadFastLoadFast(i) => {
                let v = s[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let w = s[base + j as usize];
                if v.is_null() || w.is_null() {
                    exit!();
                }
                push!(v);
                push!(w);
                pc += 1;
            }
            Op::LoadFastLoadConst(i) => {
                let v = s[base + i as usize];
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
                s[base + i as usize] = v;
                let w = s[base + j as usize];
                if w.is_null() {
                    // Let the dispatcher report the unbound local at the LoadFast.
                    pc += 1;
                    exit!();
                }
                push!(w);
                pc += 1;
            }
            Op::LoadFastPairSubscr(i) => {
                let obj = s[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(k) = s[base + j as usize].as_small_int() else { exit!() };
                let Some(v) = index_seq(obj, k) else { exit!() };
                push!(v);
                pc += 2;
            }
            Op::LoadFastPairStoreSubscr(i) => {
                let obj = s[base + i as usize];
                let Op::LoadFast(j) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(k) = s[base + j as usize].as_small_int() else { exit!() };
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
                let a = s[base + i as usize];
                let Op::LoadConst(c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let (bop, inplace) = match code.ops[pc + 2].first_of_pair() {
                    Op::BinaryOp(b, _) => (b, false),
                    Op::InplaceOp(b, _) => (b, true),
                    _ => exit!(),
                };
                let Op::StoreFast(x) = code.ops[pc + 3].first_of_pair() else { exit!() };
                let Some(r) =
                    arith(bop, a, code.consts[c as usize], Some((&mut vm.heap, vm.empty_tuple, inplace)))
                else {
                    exit!()
                };
                s[base + x as usize] = r;
                pc += 3;
            }
            Op::DupLoadAttr => {
                let obj = top!();
                let Op::LoadAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(
                    &code.caches[c as usize],
                    inst.class.bits(),
                    vm.layout_version,
                    inst.shape.get(),
                ) else {
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
                let (obj, v) = (s[n - 2], s[n - 1]);
                if !store_attr(&code.caches[c as usize], obj, v, (vm.type_version, vm.layout_version)) {
                    exit!();
                }
                sp = n - 2;
                pc += 1;
            }
            Op::Call(n) => {
                let n = n as usize;
                if !ctx.fast_calls || sp < floor + n + 2 {
                    exit!();
                }
                let (callable, selfv) = (s[sp - n - 2], s[sp - n - 1]);
                let ret_sp = sp - n - 2;
                let (mut args_at, mut argc) = if selfv.is_null() { (sp - n, n) } else { (sp - n - 1, n + 1) };
                if callable == vm.builtin_next && n == 1 && selfv.is_null() {
                    // `next(gen)`: the generator's frame runs here.
                    enter_gen!(s[sp - 1], Value::NONE, 0);
                }
                // The Python function to run (the callable, a bound method's function, or a
                // class's `__init__`) and, for a class, the class.
                let (fv, cls) = match callable.kind() {
                    Some(ObjKind::Function(_)) => (callable, Value::NULL),
                    Some(ObjKind::BoundMethod(recv, func))
                        if selfv.is_null() && matches!(func.kind(), Some(ObjKind::Function(_))) =>
                    {
                        // As the dispatcher: [func recv args] is the same call.
                        s[ret_sp] = *func;
                        s[ret_sp + 1] = *recv;
                        (args_at, argc) = (ret_sp + 1, n + 1);
                        (*func, Value::NULL)
                    }
                    Some(ObjKind::Class(c)) if c.builtin.is_some() && n <= 6 => {
                        // A built-in type (`range(n)`, `tuple(xs)`): its constructor, as
                        // `Vm::instantiate` calls it.
                        let t = c.builtin.unwrap();
                        let mut buf = [Value::NONE; 7];
                        let argv = &mut buf[..argc];
                        argv.copy_from_slice(&s[args_at..sp]);
                        let argv = &buf[..argc];
                        let r = sync_call!(crate::builtins::construct_builtin(vm, t, callable, argv, &[]));
                        s[ret_sp] = r;
                        sp = ret_sp + 1;
                        pc += 1;
                        if COUNT {
                            *count += 1;
                        }
                        continue;
                    }
                    Some(ObjKind::Class(c))
                        if selfv.is_null()
                            && c.builtin.is_none()
                            && !c.is_exception
                            && c.builtin_base.is_none() =>
                    {
                        // Instantiation with a Python `__init__`, as the dispatcher's
                        // frameless path: [init inst args], an `Init` frame.
                        let init = vm.lookup_in_class(callable, vm.names.init);
                        s = &mut vm.stack[..];
                        let Some(init) = init else { exit!() };
                        (args_at, argc) = (ret_sp + 1, n + 1);
                        (init, callable)
                    }
                    Some(ObjKind::Builtin(b)) if b.bound.is_null() => {
                        // A built-in function or method: called right here, as the
                        // dispatcher would (it may run Python code, which may collect: the
                        // stack is exact and the frame's pc is past the call meanwhile).
                        vm.frames.last_mut().unwrap().pc = (pc + 1) as u32;
                        vm.stack.truncate(sp);
                        vm.call_builtin_on_stack(b, args_at, ret_sp)?;
                        sp = ret_sp + 1;
                        let limit = frame_limit(code, base);
                        if vm.stack.len() < limit {
                            vm.stack.resize(limit, Value::NULL);
                        }
                        s = &mut vm.stack[..];
                        cap = s.len();
                        pc += 1;
                        if COUNT {
                            *count += 1;
                        }
                        continue;
                    }
                    _ => exit!(),
                };
                let Some(ObjKind::Function(f)) = fv.kind() else { exit!() };
                let callee = code_ref(f.code);
                let nargs = callee.argcount as usize;
                if callee.flags.generator
                    && cls.is_null()
                    && callee.kwonlyargcount == 0
                    && !callee.flags.varargs
                    && !callee.flags.varkw
                    && callee.cellvars.is_empty()
                    && argc <= nargs
                    && argc + f.defaults.len() >= nargs
                {
                    // A generator function: the generator with its initial slots, as
                    // `Vm::push_call_frame` makes it (no frame, no hooks).
                    let nlocals = callee.nlocals();
                    let nfree = callee.nfree as usize;
                    let mut saved = Vec::with_capacity(nlocals);
                    saved.extend_from_slice(&s[args_at..args_at + argc]);
                    if argc < nargs {
                        let from = f.defaults.len() + argc - nargs;
                        saved.extend_from_slice(&f.defaults[from..]);
                    }
                    saved.resize(nlocals - nfree, Value::NULL);
                    saved.extend_from_slice(&f.closure[..nfree]);
                    let g = vm.heap.alloc(ObjKind::Generator(Box::new(std::cell::RefCell::new(
                        crate::object::GenState {
                            func: fv,
                            saved,
                            handlers: Vec::new(),
                            exc: Vec::new(),
                            pc: 0,
                            started: false,
                            running: false,
                            finished: false,
                        },
                    ))));
                    vm.stats.calls += 1;
                    s[ret_sp] = g;
                    sp = ret_sp + 1;
                    pc += 1;
                    if COUNT {
                        *count += 1;
                    }
                    continue;
                }
                if !callee.frame_call
                    || callee.entry_gate.get()
                    || argc > nargs
                    || argc + f.defaults.len() < nargs
                    || vm.frames.len() >= ctx.depth_limit
                    || (vm.heap.collection_due() && vm.heap.wants_collection())
                {
                    exit!();
                }
                // Like the dispatcher's inline call path, this one does not go through
                // `Vm::push_call_frame`: with hooks installed `fast_calls` is off. Profiling
                // alone (an optimizer counting back-edges) does not stop calls here: entry
                // counts matter only to the frame shape, which installs a hook.
                // The arguments are in place as the callee's first locals; missing ones
                // come from the defaults, free vars from the closure, and the other locals
                // start unbound.
                let mut kind = FrameKind::Call;
                if !cls.is_null() {
                    let inst = vm.new_instance(cls, &[]);
                    s = &mut vm.stack[..];
                    s[ret_sp] = fv;
                    s[ret_sp + 1] = inst;
                    kind = FrameKind::Init(inst);
                }
                let nlocals = callee.nlocals();
                let limit = frame_limit(callee, args_at);
                if limit > cap {
                    vm.stack.resize(limit, Value::NULL);
                    s = &mut vm.stack[..];
                    cap = s.len();
                }
                if argc < nargs {
                    let from = f.defaults.len() + argc - nargs;
                    s[args_at + argc..args_at + nargs].copy_from_slice(&f.defaults[from..]);
                }
                let nfree = callee.nfree as usize;
                s[args_at + nargs..args_at + nlocals - nfree].fill(Value::NULL);
                if nfree > 0 {
                    s[args_at + nlocals - nfree..args_at + nlocals].copy_from_slice(&f.closure[..nfree]);
                }
                vm.frames.last_mut().unwrap().pc = (pc + 1) as u32;
                vm.frames.push(Frame {
                    code: f.code,
                    func: fv,
                    pc: 0,
                    base: args_at as u32,
                    ret_sp: ret_sp as u32,
                    handler_base: ctx.handlers_len as u32,
                    exc_base: ctx.exc_len as u32,
                    entry: false,
                    kind,
                });
                vm.stats.calls += 1;
                if COUNT {
                    *count += 1;
                }
                code = callee;
                pc = 0;
                base = args_at;
                floor = args_at + nlocals;
                sp = floor;
                returnable = true;
                continue;
            }
            Op::Return => {
                if !returnable && sp > floor {
                    // An inline generator frame returning to a `for` loop or `yield from`.
                    let Some(gv) = gen_frame(&vm.frames, ctx) else { exit!() };
                    let Some(ObjKind::Generator(g)) = gv.kind() else { exit!() };
                    let cf = &vm.frames[vm.frames.len() - 2];
                    let cop = code_ref(cf.code).ops[cf.pc as usize - 1];
                    if !matches!(cop, Op::ForIter(_) | Op::Send(_)) {
                        exit!();
                    }
                    let v = s[sp - 1];
                    {
                        let mut st = g.borrow_mut();
                        st.finished = true;
                        st.running = false;
                        st.saved.clear();
                    }
                    // (`leave_gen` loads the consumer's pc, which the jump replaces.)
                    #[allow(unused_assignments)]
                    {
                        leave_gen!();
                    }
                    match cop {
                        Op::ForIter(t) => {
                            sp -= 1;
                            pc = t as usize;
                        }
                        Op::Send(t) => {
                            s[sp - 1] = v;
                            pc = t as usize;
                        }
                        _ => unreachable!(),
                    }
                    if COUNT {
                        *count += 1;
                    }
                    continue;
                }
                if !returnable || sp <= floor {
                    exit!();
                }
                let mut v = s[sp - 1];
                let f = vm.frames.last().unwrap();
                match f.kind {
                    FrameKind::Init(inst) => {
                        // `__init__` returns None and the call returns the instance
                        // (anything else is the dispatcher's TypeError).
                        if !v.is_none() {
                            exit!();
                        }
                        v = inst;
                    }
                    // The reflected method is the dispatcher's.
                    FrameKind::BinOp(_) if v == vm.not_implemented => exit!(),
                    _ => {}
                }
                let ret_sp = f.ret_sp as usize;
                vm.frames.pop();
                let f = vm.frames.last().unwrap();
                code = code_ref(f.code);
                pc = f.pc as usize;
                base = f.base as usize;
                floor = base + code.nlocals();
                returnable = can_return(f, ctx);
                let limit = frame_limit(code, base);
                if limit > cap {
                    vm.stack.resize(limit, Value::NULL);
                    s = &mut vm.stack[..];
                    cap = s.len();
                }
                s[ret_sp] = v;
                sp = ret_sp + 1;
                if COUNT {
                    *count += 1;
                }
                continue;
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
                            s[sp] = *v;
                            sp += 1;
                        }
                    }
                    Some(ObjKind::List(l)) if l.borrow().len() == n => {
                        if sp - 1 + n > cap {
                            exit!();
                        }
                        sp -= 1;
                        for v in l.borrow().iter().rev() {
                            s[sp] = *v;
                            sp += 1;
                        }
                    }
                    _ => exit!(),
                }
            }
            Op::LoadDeref(i) => {
                let Some(ObjKind::Cell(c)) = s[base + i as usize].kind() else { exit!() };
                let v = c.get();
                if v.is_null() {
                    exit!();
                }
                push!(v);
            }
            Op::StoreDeref(i) => {
                let Some(ObjKind::Cell(c)) = s[base + i as usize].kind() else { exit!() };
                let v = pop!();
                c.set(v);
            }
            Op::LoadMethod(_, c) => {
                let obj = top!();
                let Some((key, shape)) = method_key(&vm.types, obj) else { exit!() };
                let Some(m) = probe_method(&code.caches[c as usize], key, vm.type_version, shape) else {
                    exit!()
                };
                s[sp - 1] = m;
                push!(obj);
            }
            Op::LoadFastLoadMethod(i) => {
                let obj = s[base + i as usize];
                let Op::LoadMethod(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some((key, shape)) = method_key(&vm.types, obj) else { exit!() };
                let Some(m) = probe_method(&code.caches[c as usize], key, vm.type_version, shape) else {
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
            Op::BinaryOp(bop, site) | Op::InplaceOp(bop, site) => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let inplace = matches!(op, Op::InplaceOp(..));
                let (a, b) = (s[n - 2], s[n - 1]);
                if !((a.is_small_int() && b.is_small_int()) || (a.is_float() && b.is_float())) {
                    // Off the dispatcher's fast path: type feedback, as it records it (when
                    // the dispatcher runs the instruction, it records it itself).
                    if let Some(r) = arith(bop, a, b, Some((&mut vm.heap, vm.empty_tuple, inplace))) {
                        use crate::ops::builtin_type_of;
                        let site = &code.caches[site as usize];
                        crate::object::record_operand_types(site, builtin_type_of(a), builtin_type_of(b));
                        sp = n - 1;
                        s[n - 2] = r;
                        pc += 1;
                        if COUNT {
                            *count += 1;
                        }
                        continue;
                    }
                    exit!();
                }
                match arith(bop, s[n - 2], s[n - 1], Some((&mut vm.heap, vm.empty_tuple, inplace))) {
                    Some(r) => {
                        sp = n - 1;
                        s[n - 2] = r;
                    }
                    None => exit!(),
                }
            }
            Op::BinaryOpStoreFast(bop, inplace) => {
                let n = sp;
                let Op::StoreFast(x) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if n < floor + 2 {
                    exit!();
                }
                match arith(bop, s[n - 2], s[n - 1], Some((&mut vm.heap, vm.empty_tuple, inplace == 1))) {
                    Some(r) => {
                        sp = n - 2;
                        s[base + x as usize] = r;
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
                let (a, b) = (s[n - 2], s[n - 1]);
                let r = match compare(cop, a, b) {
                    Some(r) => Value::bool(r),
                    // The general comparison, as the dispatcher's (user methods run in a
                    // nested loop there too).
                    None if ctx.fast_calls => sync_call!(vm.compare(a, b, cop)),
                    None => exit!(),
                };
                sp = n - 1;
                s[n - 2] = r;
            }
            Op::CompareJumpIfFalse(cop) => {
                let n = sp;
                let Op::PopJumpIfFalse(t) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if n < floor + 2 {
                    exit!();
                }
                match compare(cop, s[n - 2], s[n - 1]) {
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
                if (t as usize) <= pc
                    && vm.heap.collection_due()
                    && !crate::hooks::gate_passes(&vm.heap, vm.hooks_active, vm.profile.is_some(), code, pc)
                {
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
                s[sp - 1] = Value::bool(!b);
            }
            Op::LoadGlobal(i, _) | Op::LoadGlobalPushNull(i, _) => {
                let slot = &vm.globals[code.global_slots[i as usize] as usize];
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
            Op::StoreGlobal(i) => {
                let v = pop!();
                vm.globals[code.global_slots[i as usize] as usize].value = v;
            }
            Op::GetIter => {
                let v = top!();
                let st = match v.kind() {
                    Some(ObjKind::List(_) | ObjKind::Tuple(_)) => IterState::Seq(v, 0),
                    Some(ObjKind::Range(r)) => IterState::Range { cur: r.start, left: r.len(), step: r.step },
                    Some(ObjKind::Iter(_) | ObjKind::Generator(_)) => {
                        pc += 1;
                        continue;
                    }
                    _ => exit!(),
                };
                // As `Vm::new_iter` (a collection may become due; the next safepoint runs it).
                s[sp - 1] = vm.heap.alloc_with(0, move || ObjKind::Iter(std::cell::RefCell::new(st)));
            }
            Op::PopIter => {
                // Only an abandoned generator needs closing (the dispatcher's job).
                let it = top!();
                if !matches!(it.kind(), Some(ObjKind::Iter(_))) {
                    exit!();
                }
                sp -= 1;
            }
            Op::PushNull => push!(Value::NULL),
            Op::BuildTuple(n) => {
                let n = n as usize;
                if sp < floor + n {
                    exit!();
                }
                // As `Vm::new_tuple` (a collection may become due; the next safepoint runs it).
                let t = new_tuple(&mut vm.heap, vm.empty_tuple, s[sp - n..sp].to_vec());
                sp -= n;
                push!(t);
            }
            Op::BuildSlice(2) => {
                // `seq[lo:hi]` (`BuildSlice; BinarySubscr`) of a list or tuple: the slice
                // object is never built.
                if sp < floor + 3 || code.ops[pc + 1].first_of_pair() != Op::BinarySubscr {
                    exit!();
                }
                let Some(r) = slice_seq(&mut vm.heap, vm.empty_tuple, s[sp - 3], s[sp - 2], s[sp - 1]) else {
                    exit!()
                };
                sp -= 2;
                s[sp - 1] = r;
                pc += 1;
            }
            Op::BinarySubscr => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let (obj, key) = (s[n - 2], s[n - 1]);
                let Some(i) = key.as_small_int() else { exit!() };
                let v = match obj.kind() {
                    Some(ObjKind::List(_) | ObjKind::Tuple(_)) => match index_seq(obj, i) {
                        Some(v) => v,
                        None => exit!(),
                    },
                    Some(ObjKind::Str(s)) if s.is_ascii() && !vm.char_strs.is_empty() => {
                        let len = s.s.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j < 0 || j >= len {
                            exit!();
                        }
                        vm.char_strs[s.s.as_bytes()[j as usize] as usize]
                    }
                    _ => exit!(),
                };
                sp = n - 1;
                s[n - 2] = v;
            }
            Op::Dup2 => {
                let n = sp;
                if n < floor + 2 {
                    exit!();
                }
                let (a, b) = (s[n - 2], s[n - 1]);
                push!(a);
                push!(b);
            }
            Op::Rot3 => {
                let n = sp;
                if n < floor + 3 {
                    exit!();
                }
                let top = s[n - 1];
                s[n - 1] = s[n - 2];
                s[n - 2] = s[n - 3];
                s[n - 3] = top;
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
                s[sp - 1] = r;
            }
            Op::StoreSubscr => {
                let n = sp;
                if n < floor + 3 {
                    exit!();
                }
                let (v, obj, key) = (s[n - 3], s[n - 2], s[n - 1]);
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
                let Some(idx) = probe_slot(
                    &code.caches[c as usize],
                    inst.class.bits(),
                    vm.layout_version,
                    inst.shape.get(),
                ) else {
                    exit!();
                };
                let v = inst.slots.borrow()[idx as usize];
                s[sp - 1] = v;
            }
            Op::LoadFastLoadAttr(i) => {
                let obj = s[base + i as usize];
                let Op::LoadAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                let Some(ObjKind::Instance(inst)) = obj.kind() else { exit!() };
                let Some(idx) = probe_slot(
                    &code.caches[c as usize],
                    inst.class.bits(),
                    vm.layout_version,
                    inst.shape.get(),
                ) else {
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
                let (v, obj) = (s[n - 2], s[n - 1]);
                if !store_attr(&code.caches[c as usize], obj, v, (vm.type_version, vm.layout_version)) {
                    exit!();
                }
                sp = n - 2;
            }
            Op::LoadFastStoreAttr(i) => {
                let obj = s[base + i as usize];
                let Op::StoreAttr(_, c) = code.ops[pc + 1].first_of_pair() else { exit!() };
                if sp <= floor
                    || !store_attr(
                        &code.caches[c as usize],
                        obj,
                        s[sp - 1],
                        (vm.type_version, vm.layout_version),
                    )
                {
                    exit!();
                }
                sp -= 1;
                pc += 1;
            }
            Op::Yield => {
                let Some(gv) = gen_frame(&vm.frames, ctx) else { exit!() };
                let Some(ObjKind::Generator(g)) = gv.kind() else { exit!() };
                // A generator suspending inside an `except` block saves the exception it
                // handles: the interpreter's `Yield` does that.
                if sp <= floor || vm.exc_info.len() != vm.frames.last().unwrap().exc_base as usize {
                    exit!();
                }
                let v = s[sp - 1];
                sp -= 1;
                {
                    let mut st = g.borrow_mut();
                    st.saved.clear();
                    st.saved.extend_from_slice(&s[base..sp]);
                    st.pc = (pc + 1) as u32;
                    st.running = false;
                }
                leave_gen!();
                if let Op::Call(_) = code.ops[pc - 1] {
                    // `next(gen)`: the value replaces the call site.
                    sp -= 3;
                }
                s[sp] = v;
                sp += 1;
                if COUNT {
                    *count += 1;
                }
                continue;
            }
            Op::Send(_) => {
                if (vm.heap.collection_due() && (vm.hooks_active || vm.heap.wants_collection()))
                    || sp < floor + 2
                {
                    exit!();
                }
                let (it, sent) = (s[sp - 2], s[sp - 1]);
                if !matches!(it.kind(), Some(ObjKind::Generator(_))) {
                    exit!();
                }
                enter_gen!(it, sent, 1);
            }
            Op::ForIter(t) => {
                // Profiling alone does not stop here: back-edges are counted at `Jump`.
                if vm.heap.collection_due() && (vm.hooks_active || vm.heap.wants_collection()) {
                    exit!();
                }
                let it = top!();
                if let Some(ObjKind::Generator(_)) = it.kind() {
                    enter_gen!(it, Value::NONE, 0);
                }
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
                    IterState::Enumerate(inner, c) => {
                        let Some(i) = c.as_small_int() else { exit!() };
                        let Some(ObjKind::Iter(ist)) = inner.kind() else { exit!() };
                        let Ok(mut ist) = ist.try_borrow_mut() else { exit!() };
                        let IterState::Seq(seq, idx) = &mut *ist else { exit!() };
                        let v = match seq.kind() {
                            Some(ObjKind::List(l)) => l.borrow().get(*idx).copied(),
                            Some(ObjKind::Tuple(t)) => t.get(*idx).copied(),
                            _ => exit!(),
                        };
                        let Some(v) = v else {
                            // Exhausted, as `Vm::iter_next` leaves it.
                            *ist = IterState::Done;
                            drop(ist);
                            drop(st);
                            sp -= 1;
                            pc = t as usize;
                            if COUNT {
                                *count += 1;
                            }
                            continue;
                        };
                        let Some(next) = Value::try_small_int(i + 1) else { exit!() };
                        if sp >= cap {
                            exit!();
                        }
                        *idx += 1;
                        *c = next;
                        drop(ist);
                        drop(st);
                        // As `Vm::new_tuple`.
                        let items: Box<[Value]> = Box::new([Value::small_int(i), v]);
                        s[sp] = vm.heap.alloc_with(16, move || ObjKind::Tuple(items));
                        sp += 1;
                    }
                    IterState::Seq(seq, idx) => {
                        let v = match seq.kind() {
                            Some(ObjKind::List(l)) => l.borrow().get(*idx).copied(),
                            Some(ObjKind::Tuple(t)) => t.get(*idx).copied(),
                            _ => exit!(),
                        };
                        let Some(v) = v else {
                            // Exhausted, as `Vm::iter_next` leaves it.
                            *st = IterState::Done;
                            drop(st);
                            sp -= 1;
                            pc = t as usize;
                            if COUNT {
                                *count += 1;
                            }
                            continue;
                        };
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
