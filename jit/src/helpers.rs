//! The runtime that compiled code calls: the context it runs with ([`Ctx`], whose layout
//! the generated code relies on and a test pins) and the `extern "C"` helpers for the
//! operations that are not emitted inline.
//!
//! Helpers never unwind into compiled code: each one reports a Python exception through
//! [`Ctx::exc`] and a status code, and a broken invariant (a bug in Kiln) through
//! [`Ctx::internal`], which the caller turns into a `RuntimeError` after the region
//! returns.
//!
//! Helpers that run Python code (the `Call`-effect operations) first register the values
//! compiled code holds as GC roots: the generated code writes them to [`Ctx::spill`] and
//! their number to [`Ctx::nroots`] before the call.

use std::mem::offset_of;

use kiln_vm::bytecode::{BinOp, CmpOp, UnaryOp};
use kiln_vm::intern::Sym;
use kiln_vm::object::ObjKind;
use kiln_vm::value::Value;
use kiln_vm::vm::{PyResult, Vm};

/// What a region runs with. `#[repr(C)]`: compiled code reads and writes its fields at
/// the offsets below.
#[repr(C)]
pub struct Ctx {
    /// The VM (valid for the whole run).
    pub vm: *mut Vm,
    /// The entry frame's slots (locals, then value-stack entries), read on entry.
    pub frame: *const u64,
    /// Values by value number, written by an exit for the snapshot it leaves through.
    pub vals: *mut u64,
    /// Values compiled code holds across a call into Python (GC roots).
    pub spill: *mut u64,
    /// How many entries of `spill` are live.
    pub nroots: u64,
    /// A helper's result.
    pub result: u64,
    /// A pending exception (a `Value`), when a helper returned [`RAISED`].
    pub exc: u64,
    /// Loop iterations (back-edges taken).
    pub iters: u64,
    /// The VM's type version (`guard_version` reads it).
    pub type_version: *const u64,
    /// The VM's layout version (`guard_layout` reads it).
    pub layout_version: *const u64,
    /// A broken invariant seen by a helper (a bug in Kiln); null when none.
    pub internal: *const u8,
    /// The state of the random guard failures (`chaos`); 0 when off.
    pub chaos: u64,
    /// The hook epoch when the region was entered.
    pub epoch: u64,
    /// Set (non-zero) by a helper that saw the hook epoch move during a call.
    pub stale: u64,
    /// The heap's `stress` flag (`bool`).
    pub gc_stress: *const bool,
    /// The heap's bytes allocated since the last collection (`usize`).
    pub gc_allocated: *const usize,
    /// The heap's collection threshold (`usize`).
    pub gc_threshold: *const usize,
    /// A frame image (boxed slots, then stack entries) that a region builds for a bridge
    /// it calls, and a joining bridge for the region it returns to.
    pub image: *mut u64,
    /// Set by a bridge whose `exit` joined its parent's loop.
    pub joined: u64,
    /// The id of the region whose exit was returned (regions call linked bridges, and
    /// bridges call the loops they continue into, so it may not be the entered one).
    pub exit_region: u64,
    /// Times linked bridges joined the loop during this run.
    pub joins: u64,
    /// One bit per running region of this chain of calls (see `lower::active_bit`).
    pub active: u64,
}

/// Offsets of [`Ctx`]'s fields, as compiled code uses them.
pub mod offsets {
    use super::*;
    /// `Ctx::frame`.
    pub const FRAME: i32 = offset_of!(Ctx, frame) as i32;
    /// `Ctx::vals`.
    pub const VALS: i32 = offset_of!(Ctx, vals) as i32;
    /// `Ctx::spill`.
    pub const SPILL: i32 = offset_of!(Ctx, spill) as i32;
    /// `Ctx::nroots`.
    pub const NROOTS: i32 = offset_of!(Ctx, nroots) as i32;
    /// `Ctx::result`.
    pub const RESULT: i32 = offset_of!(Ctx, result) as i32;
    /// `Ctx::iters`.
    pub const ITERS: i32 = offset_of!(Ctx, iters) as i32;
    /// `Ctx::type_version`.
    pub const TYPE_VERSION: i32 = offset_of!(Ctx, type_version) as i32;
    /// `Ctx::layout_version`.
    pub const LAYOUT_VERSION: i32 = offset_of!(Ctx, layout_version) as i32;
    /// `Ctx::epoch`.
    pub const EPOCH: i32 = offset_of!(Ctx, epoch) as i32;
    /// `Ctx::stale`.
    pub const STALE: i32 = offset_of!(Ctx, stale) as i32;
    /// `Ctx::gc_stress`.
    pub const GC_STRESS: i32 = offset_of!(Ctx, gc_stress) as i32;
    /// `Ctx::gc_allocated`.
    pub const GC_ALLOCATED: i32 = offset_of!(Ctx, gc_allocated) as i32;
    /// `Ctx::gc_threshold`.
    pub const GC_THRESHOLD: i32 = offset_of!(Ctx, gc_threshold) as i32;
    /// `Ctx::image`.
    pub const IMAGE: i32 = offset_of!(Ctx, image) as i32;
    /// `Ctx::joined`.
    pub const JOINED: i32 = offset_of!(Ctx, joined) as i32;
    /// `Ctx::exit_region`.
    pub const EXIT_REGION: i32 = offset_of!(Ctx, exit_region) as i32;
    /// `Ctx::active`.
    pub const ACTIVE: i32 = offset_of!(Ctx, active) as i32;
    /// `Ctx::joins`.
    pub const JOINS: i32 = offset_of!(Ctx, joins) as i32;
}

/// Status: the helper succeeded; its result is in [`Ctx::result`].
pub const OK: u32 = 0;
/// Status: a Python exception is pending in [`Ctx::exc`].
pub const RAISED: u32 = 1;
/// Status: the guard the helper implements failed (an exhausted iterator, an empty cell).
pub const FAILED: u32 = 2;

/// The operator of a `binop` site.
#[derive(Clone, Copy)]
pub struct BinSite {
    /// The operator.
    pub op: BinOp,
    /// Whether it is the in-place form.
    pub inplace: bool,
}

/// Reborrows the context and its VM.
///
/// # Safety
/// `ctx` is the live context of the running region, and nothing else borrows the VM.
unsafe fn parts<'a>(ctx: *mut Ctx) -> (&'a mut Ctx, &'a mut Vm) {
    // SAFETY: the caller guarantees both pointers are valid and unaliased for the call.
    unsafe {
        let c = &mut *ctx;
        let vm = &mut *c.vm;
        (c, vm)
    }
}

/// Runs `f` with the spilled values registered as GC roots, and turns its result into a
/// status.
///
/// # Safety
/// As for [`parts`]; `spill` holds `nroots` values.
unsafe fn rooted(ctx: *mut Ctx, f: impl FnOnce(&mut Vm) -> PyResult<Option<u64>>) -> u32 {
    // SAFETY: forwarded from the caller.
    let (c, vm) = unsafe { parts(ctx) };
    let at = vm.roots.len();
    // SAFETY: compiled code wrote `nroots` values to `spill`, which has room for them.
    let spilled = unsafe { std::slice::from_raw_parts(c.spill as *const u64, c.nroots as usize) };
    vm.roots.extend(spilled.iter().map(|&b| Value::from_bits(b)));
    let r = f(vm);
    vm.roots.truncate(at);
    if vm.hook_epoch() != c.epoch {
        c.stale = 1;
    }
    match r {
        Ok(Some(bits)) => {
            c.result = bits;
            OK
        }
        Ok(None) => FAILED,
        Err(exc) => {
            c.exc = exc.bits();
            RAISED
        }
    }
}

fn v(bits: u64) -> Value {
    Value::from_bits(bits)
}

fn internal(ctx: &mut Ctx, what: &'static str) -> u64 {
    ctx.internal = what.as_ptr();
    Value::NONE.bits()
}

/// Looks up an internal-error message set by a helper.
pub fn internal_message(p: *const u8) -> &'static str {
    for m in MESSAGES {
        if m.as_ptr() == p {
            return m;
        }
    }
    "unknown"
}

const MESSAGES: &[&str] = &[NOT_INSTANCE, NOT_LIST, NOT_TUPLE, OUT_OF_RANGE, NOT_CELL, SLOT_COUNT, NOT_CELLS];
const NOT_INSTANCE: &str = "slot access on a non-instance";
const NOT_LIST: &str = "list operation on a non-list";
const NOT_TUPLE: &str = "tuple operation on a non-tuple";
const OUT_OF_RANGE: &str = "index out of range after its guard";
const NOT_CELL: &str = "cell operation on a non-cell";
const SLOT_COUNT: &str = "add_slot on an instance without that many slots";
const NOT_CELLS: &str = "make_closure without a tuple of cells";

// ---- Boxing and type tests -------------------------------------------------------------

/// Boxes an int that does not fit the NaN-box payload.
pub(crate) extern "C" fn box_int(ctx: *mut Ctx, i: i64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.new_int(i).bits()
}

/// Unboxes an int that is not a small int: status [`OK`] with the value in `result`, or
/// [`FAILED`] when it is not an int that fits 64 bits.
pub(crate) extern "C" fn unbox_int(ctx: *mut Ctx, bits: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    let x = v(bits);
    match x.kind() {
        Some(ObjKind::Int64(i)) if !x.is_bool() => {
            c.result = *i as u64;
            OK
        }
        _ => FAILED,
    }
}

/// Type codes of `guard_type` tested by [`is_type`].
pub const TYPE_LIST: u64 = 1;
/// `tuple`.
pub const TYPE_TUPLE: u64 = 2;
/// `int` (small or boxed).
pub const TYPE_INT: u64 = 3;
/// `str`.
pub const TYPE_STR: u64 = 4;
/// `dict`.
pub const TYPE_DICT: u64 = 5;

/// Whether `bits` is of the built-in type `code` (1 or 0).
pub(crate) extern "C" fn is_type(bits: u64, code: u64) -> u64 {
    let x = v(bits);
    let ok = match (code, x.kind()) {
        (TYPE_LIST, Some(ObjKind::List(_)))
        | (TYPE_TUPLE, Some(ObjKind::Tuple(_)))
        | (TYPE_STR, Some(ObjKind::Str(_)))
        | (TYPE_DICT, Some(ObjKind::Dict(_))) => true,
        (TYPE_INT, Some(ObjKind::Int64(_))) => !x.is_bool(),
        (TYPE_INT, _) => x.is_small_int(),
        _ => false,
    };
    ok as u64
}

/// Whether `bits` is an instance of exactly `class` with `shape` (1 or 0).
pub(crate) extern "C" fn is_class(bits: u64, class: u64, shape: u64) -> u64 {
    let ok = matches!(v(bits).kind(), Some(ObjKind::Instance(i)) if i.class.bits() == class && i.shape.get() as u64 == shape);
    ok as u64
}

/// Whether to fail the next guard on purpose (the `chaos` mode): about one in `n`.
pub(crate) extern "C" fn chaos(ctx: *mut Ctx, n: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    // xorshift64
    let mut x = c.chaos | 1;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    c.chaos = x;
    (x % n.max(1) == 0) as u64
}

// ---- Heap access after guards ------------------------------------------------------------

/// An instance's slot `idx`.
pub(crate) extern "C" fn get_slot(ctx: *mut Ctx, obj: u64, idx: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::Instance(i)) => match i.slots.borrow().get(idx as usize) {
            Some(x) => x.bits(),
            None => internal(c, OUT_OF_RANGE),
        },
        _ => internal(c, NOT_INSTANCE),
    }
}

/// Sets an instance's slot `idx`.
pub(crate) extern "C" fn set_slot(ctx: *mut Ctx, obj: u64, idx: u64, x: u64) {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::Instance(i)) => match i.slots.borrow_mut().get_mut(idx as usize) {
            Some(s) => *s = v(x),
            None => {
                internal(c, OUT_OF_RANGE);
            }
        },
        _ => {
            internal(c, NOT_INSTANCE);
        }
    }
}

/// A list's length.
pub(crate) extern "C" fn list_len(ctx: *mut Ctx, obj: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::List(l)) => l.borrow().len() as u64,
        _ => internal(c, NOT_LIST),
    }
}

/// A list's item `i` (in range: a guard checked).
pub(crate) extern "C" fn list_get(ctx: *mut Ctx, obj: u64, i: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::List(l)) => match l.borrow().get(i as usize) {
            Some(x) => x.bits(),
            None => internal(c, OUT_OF_RANGE),
        },
        _ => internal(c, NOT_LIST),
    }
}

/// Sets a list's item `i` (in range: a guard checked).
pub(crate) extern "C" fn list_set(ctx: *mut Ctx, obj: u64, i: u64, x: u64) {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::List(l)) => match l.borrow_mut().get_mut(i as usize) {
            Some(s) => *s = v(x),
            None => {
                internal(c, OUT_OF_RANGE);
            }
        },
        _ => {
            internal(c, NOT_LIST);
        }
    }
}

/// Appends to a list.
pub(crate) extern "C" fn list_append(ctx: *mut Ctx, obj: u64, x: u64) {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::List(l)) => l.borrow_mut().push(v(x)),
        _ => {
            internal(c, NOT_LIST);
        }
    }
}

/// A tuple's length.
pub(crate) extern "C" fn tuple_len(ctx: *mut Ctx, obj: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::Tuple(t)) => t.len() as u64,
        _ => internal(c, NOT_TUPLE),
    }
}

/// A tuple's item `i`.
pub(crate) extern "C" fn tuple_get(ctx: *mut Ctx, obj: u64, i: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(obj).kind() {
        Some(ObjKind::Tuple(t)) => match t.get(i as usize) {
            Some(x) => x.bits(),
            None => internal(c, OUT_OF_RANGE),
        },
        _ => internal(c, NOT_TUPLE),
    }
}

/// The module global in `slot` (its builtin when unbound); null when neither is bound.
pub(crate) extern "C" fn global(ctx: *mut Ctx, slot: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    match vm.globals.get(slot as usize) {
        Some(g) if !g.value.is_null() => g.value.bits(),
        Some(g) => g.builtin.bits(),
        None => Value::NULL.bits(),
    }
}

/// Sets the module global in `slot`.
pub(crate) extern "C" fn set_global(ctx: *mut Ctx, slot: u64, x: u64) {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    if let Some(g) = vm.globals.get_mut(slot as usize) {
        g.value = v(x);
    }
}

/// A cell's content; null when empty.
pub(crate) extern "C" fn cell_get(ctx: *mut Ctx, cell: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(cell).kind() {
        Some(ObjKind::Cell(x)) => x.get().bits(),
        _ => internal(c, NOT_CELL),
    }
}

/// Sets a cell's content.
pub(crate) extern "C" fn cell_set(ctx: *mut Ctx, cell: u64, x: u64) {
    // SAFETY: called by compiled code with its live context.
    let (c, _) = unsafe { parts(ctx) };
    match v(cell).kind() {
        Some(ObjKind::Cell(k)) => k.set(v(x)),
        _ => {
            internal(c, NOT_CELL);
        }
    }
}

// ---- Allocation (never collects) -----------------------------------------------------------

/// The items `items[..n]` as values.
///
/// # Safety
/// `items` points to `n` values.
unsafe fn items<'a>(items: *const u64, n: u64) -> &'a [Value] {
    if n == 0 {
        return &[];
    }
    // SAFETY: the caller passes `n` values in a stack slot of compiled code, which stays
    // as it is while the helper runs; `Value` is `repr(transparent)` over `u64`.
    unsafe { std::slice::from_raw_parts(items as *const Value, n as usize) }
}

/// A new tuple of `n` items.
pub(crate) extern "C" fn new_tuple(ctx: *mut Ctx, p: *const u64, n: u64) -> u64 {
    // SAFETY: called by compiled code with its live context and `n` items at `p`.
    let (_, vm) = unsafe { parts(ctx) };
    // SAFETY: as above.
    let xs = unsafe { items(p, n) };
    vm.new_tuple(xs.to_vec()).bits()
}

/// `make_function`: a function of `code` named `qualname`, with nothing else.
pub(crate) extern "C" fn make_function(ctx: *mut Ctx, code: u64, qualname: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.make_function(v(code), v(qualname), Vec::new(), Value::NULL, Vec::new()).bits()
}

/// `make_closure`: a function of `code` named `qualname` whose closure is the tuple
/// `cells`.
pub(crate) extern "C" fn make_closure(ctx: *mut Ctx, code: u64, qualname: u64, cells: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (c, vm) = unsafe { parts(ctx) };
    let cells = v(cells);
    let Some(ObjKind::Tuple(t)) = cells.kind() else {
        return internal(c, NOT_CELLS);
    };
    vm.make_function(v(code), v(qualname), Vec::new(), Value::NULL, t.to_vec()).bits()
}

/// An empty dict.
pub(crate) extern "C" fn new_dict(ctx: *mut Ctx) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.new_dict().bits()
}

/// An empty set.
pub(crate) extern "C" fn new_set(ctx: *mut Ctx) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.new_set().bits()
}

/// `list_extend`: the list extended by the items of `it`.
pub(crate) extern "C" fn list_extend(ctx: *mut Ctx, l: u64, it: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe {
        rooted(ctx, |vm| {
            let items = vm.star_items(v(it), &|_| "Value".to_string())?;
            if let Some(ObjKind::List(l)) = v(l).kind() {
                l.borrow_mut().extend(items);
            }
            Ok(Some(0))
        })
    }
}

/// `s.add(x)` for a set.
pub(crate) extern "C" fn set_add(ctx: *mut Ctx, s: u64, x: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.set_add(v(s), v(x)).map(|()| Some(0))) }
}

/// A new list of `n` items.
pub(crate) extern "C" fn new_list(ctx: *mut Ctx, p: *const u64, n: u64) -> u64 {
    // SAFETY: called by compiled code with its live context and `n` items at `p`.
    let (_, vm) = unsafe { parts(ctx) };
    // SAFETY: as above.
    let xs = unsafe { items(p, n) };
    vm.new_list(xs.to_vec()).bits()
}

/// `str_eq`: 1 when the strs are equal.
pub(crate) extern "C" fn str_eq(a: u64, b: u64) -> u64 {
    kiln_regions::exec::str_eq(v(a), v(b)) as u64
}

/// `str_get`: `s[i]` for an ASCII str, or null (the region leaves).
pub(crate) extern "C" fn str_get(ctx: *mut Ctx, s: u64, i: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    kiln_regions::exec::str_get(vm, v(s), i as i64).unwrap_or(Value::NULL).bits()
}

/// `seq_next`: the next item of a list or tuple iterator, or null (exhausted, or another
/// iterator: the region leaves).
pub(crate) extern "C" fn seq_next(it: u64) -> u64 {
    kiln_regions::exec::seq_next(v(it)).unwrap_or(Value::NULL).bits()
}

/// `enum_count`: the count of an `enumerate` over a list or tuple iterator, or
/// `i64::MIN` when `it` is not one.
pub(crate) extern "C" fn enum_count(it: u64) -> u64 {
    kiln_regions::exec::enum_count(v(it)).unwrap_or(i64::MIN) as u64
}

/// `enum_next`: the next item of an `enumerate` over a list or tuple iterator, or null
/// (see `kiln_regions::exec::enum_next`).
pub(crate) extern "C" fn enum_next(it: u64) -> u64 {
    kiln_regions::exec::enum_next(v(it)).unwrap_or(Value::NULL).bits()
}

/// `zip_item`: item `k` of a `zip` over `n` list or tuple iterators, or null.
pub(crate) extern "C" fn zip_item(it: u64, n: u64, k: u64) -> u64 {
    kiln_regions::exec::zip_item(v(it), n as usize, k as usize).unwrap_or(Value::NULL).bits()
}

/// `zip_step`: advances the `n` iterators of a `zip` whose items were read.
pub(crate) extern "C" fn zip_step(it: u64, n: u64) {
    kiln_regions::exec::zip_step(v(it), n as usize)
}

/// `dict_next`: the position of a dict iterator's next entry, or -1 where the region
/// leaves (see `kiln_regions::exec::dict_next`).
pub(crate) extern "C" fn dict_next(it: u64, part: u64) -> u64 {
    kiln_regions::exec::dict_next(v(it), part as i64).unwrap_or(-1) as u64
}

/// `dict_key` (`which` 0) or `dict_value` (1) at a position `dict_next` gave.
pub(crate) extern "C" fn dict_entry(it: u64, p: u64, which: u64) -> u64 {
    match kiln_regions::exec::dict_entry(v(it), p as i64) {
        Some((k, x)) => if which == 0 { k } else { x }.bits(),
        None => Value::NONE.bits(),
    }
}

/// `module_attr`: the module's attribute `*name`, or null.
pub(crate) extern "C" fn module_attr(m: u64, name: *const Sym) -> u64 {
    // SAFETY: `name` points into the region's `Aux`, alive while its code is.
    let name = unsafe { *name };
    kiln_regions::exec::module_attr(v(m), name).unwrap_or(Value::NULL).bits()
}

/// `math`: the function numbered `f` (see `MATH_FNS`) at `x`, or NaN where the region
/// leaves (no function in `MATH_FNS` returns NaN on the arguments it accepts).
pub(crate) extern "C" fn math_f(f: u64, x: f64) -> f64 {
    MATH_FNS.get(f as usize).and_then(|name| kiln_regions::exec::math_f(name, x)).unwrap_or(f64::NAN)
}

/// The `math` functions [`math_f`] computes, by number.
pub const MATH_FNS: [&str; 6] = ["sin", "cos", "tan", "atan", "exp", "log"];

/// A bare instance of the class `cls` (no slots, shape 0), as `Vm::new_instance`.
pub(crate) extern "C" fn new_instance(ctx: *mut Ctx, cls: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.new_instance(v(cls), &[]).bits()
}

/// `add_slot`: a new attribute's value appended to an instance's slots, and its new
/// shape.
pub(crate) extern "C" fn add_slot(ctx: *mut Ctx, obj: u64, x: u64, shape: u64, idx: u64) {
    if !kiln_regions::exec::add_slot(v(obj), v(x), shape as u32, idx as usize) {
        // SAFETY: called by compiled code with its live context.
        let (c, _) = unsafe { parts(ctx) };
        internal(c, SLOT_COUNT);
    }
}

/// The concatenation of `n` strs.
pub(crate) extern "C" fn build_str(ctx: *mut Ctx, p: *const u64, n: u64) -> u64 {
    // SAFETY: called by compiled code with its live context and `n` items at `p`.
    let (_, vm) = unsafe { parts(ctx) };
    // SAFETY: as above.
    let xs = unsafe { items(p, n) };
    let at = vm.stack.len();
    vm.stack.extend_from_slice(xs);
    vm.build_string(at).bits()
}

/// `slice(a, b, c)`.
pub(crate) extern "C" fn new_slice(ctx: *mut Ctx, a: u64, b: u64, c: u64) -> u64 {
    // SAFETY: called by compiled code with its live context.
    let (_, vm) = unsafe { parts(ctx) };
    vm.heap.alloc(ObjKind::Slice(v(a), v(b), v(c))).bits()
}

// ---- Calls into the interpreter (may run Python code, collect, raise) ---------------------

/// `a <op> b`; `site` points to a [`BinSite`].
pub(crate) extern "C" fn binop(ctx: *mut Ctx, a: u64, b: u64, site: *const BinSite) -> u32 {
    // SAFETY: `site` is owned by the compiled region, alive while it runs.
    let s = unsafe { *site };
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.binary_op(v(a), v(b), s.op, s.inplace).map(|r| Some(r.bits()))) }
}

/// `a <op> b` for a comparison; `op` points to a [`CmpOp`].
pub(crate) extern "C" fn compare(ctx: *mut Ctx, a: u64, b: u64, op: *const CmpOp) -> u32 {
    // SAFETY: `op` is owned by the compiled region, alive while it runs.
    let op = unsafe { *op };
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.compare(v(a), v(b), op).map(|r| Some(r.bits()))) }
}

/// `-a`, `+a`, `~a`, `not a`; `op` points to a [`UnaryOp`].
pub(crate) extern "C" fn unary(ctx: *mut Ctx, a: u64, op: *const UnaryOp) -> u32 {
    // SAFETY: `op` is owned by the compiled region, alive while it runs.
    let op = unsafe { *op };
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.unary_op(v(a), op).map(|r| Some(r.bits()))) }
}

/// `obj.name`.
pub(crate) extern "C" fn getattr(ctx: *mut Ctx, obj: u64, name: *const Sym) -> u32 {
    // SAFETY: `name` is owned by the compiled region, alive while it runs.
    let name = unsafe { *name };
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.getattr(v(obj), name).map(|r| Some(r.bits()))) }
}

/// `obj.name = x`.
pub(crate) extern "C" fn setattr(ctx: *mut Ctx, obj: u64, x: u64, name: *const Sym) -> u32 {
    // SAFETY: `name` is owned by the compiled region, alive while it runs.
    let name = unsafe { *name };
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.setattr(v(obj), name, v(x)).map(|()| Some(0))) }
}

/// `obj[key]`.
pub(crate) extern "C" fn getitem(ctx: *mut Ctx, obj: u64, key: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.getitem(v(obj), v(key)).map(|r| Some(r.bits()))) }
}

/// `obj[key] = x`.
pub(crate) extern "C" fn setitem(ctx: *mut Ctx, obj: u64, key: u64, x: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.setitem(v(obj), v(key), v(x)).map(|()| Some(0))) }
}

/// `bool(x)`, as 0 or 1.
pub(crate) extern "C" fn truthy(ctx: *mut Ctx, x: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.truthy(v(x)).map(|b| Some(b as u64))) }
}

/// `f(*args[1..n])` where `args[0]` is `f`.
pub(crate) extern "C" fn call(ctx: *mut Ctx, p: *const u64, n: u64) -> u32 {
    // SAFETY: compiled code passes `n` values at `p`.
    let xs = unsafe { items(p, n) };
    // SAFETY: called by compiled code with its live context.
    unsafe {
        rooted(ctx, |vm| match xs.split_first() {
            Some((f, args)) => vm.call(*f, args, &[]).map(|r| Some(r.bits())),
            None => Ok(Some(Value::NONE.bits())),
        })
    }
}

/// `f(*args[1..n])` with keyword arguments: the last of them are named by the tuple
/// `names`.
pub(crate) extern "C" fn call_kw(ctx: *mut Ctx, p: *const u64, n: u64, names: u64) -> u32 {
    // SAFETY: compiled code passes `n` values at `p`.
    let xs = unsafe { items(p, n) };
    // SAFETY: called by compiled code with its live context.
    unsafe {
        rooted(ctx, |vm| match xs.split_first() {
            Some((f, args)) => {
                kiln_regions::exec::call_with_keywords(vm, *f, args, v(names)).map(|r| Some(r.bits()))
            }
            None => Ok(Some(Value::NONE.bits())),
        })
    }
}

/// `iter(x)`.
pub(crate) extern "C" fn get_iter(ctx: *mut Ctx, x: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.get_iter(v(x)).map(|r| Some(r.bits()))) }
}

/// The next item of an iterator; [`FAILED`] when it is exhausted.
pub(crate) extern "C" fn iter_next(ctx: *mut Ctx, it: u64) -> u32 {
    // Iterating a list or tuple runs no Python code: no roots needed.
    if let Some(ObjKind::Iter(st)) = v(it).kind() {
        let mut s = st.borrow_mut();
        if let kiln_vm::object::IterState::Seq(seq, i) = &mut *s {
            let next = match seq.kind() {
                Some(ObjKind::List(l)) => Some(l.borrow().get(*i).copied()),
                Some(ObjKind::Tuple(t)) => Some(t.get(*i).copied()),
                _ => None,
            };
            match next {
                Some(Some(x)) => {
                    *i += 1;
                    // SAFETY: called by compiled code with its live context.
                    let (c, _) = unsafe { parts(ctx) };
                    c.result = x.bits();
                    return OK;
                }
                Some(None) => {
                    // Exhausted, as the interpreter leaves it.
                    *s = kiln_vm::object::IterState::Done;
                    return FAILED;
                }
                None => {}
            }
        }
    }
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.iter_next(v(it)).map(|r| r.map(Value::bits))) }
}

/// The next item of an iterator, or null when it is exhausted (`iter_next` in the IR).
pub(crate) extern "C" fn iter_next_or_null(ctx: *mut Ctx, it: u64) -> u32 {
    let st = iter_next(ctx, it);
    if st == FAILED {
        // SAFETY: called by compiled code with its live context.
        let (c, _) = unsafe { parts(ctx) };
        c.result = Value::NULL.bits();
        return OK;
    }
    st
}

/// Whether an iterator is exhausted (see `kiln_regions::exec::iter_done`), 1 or 0.
pub(crate) extern "C" fn iter_done(it: u64) -> u64 {
    kiln_regions::exec::iter_done(v(it)) as u64
}

/// The next int of a `range` iterator, raw; [`FAILED`] when it is exhausted or `it` is
/// not a range iterator (taking nothing from it: the interpreter resumes at the `for`).
pub(crate) extern "C" fn range_next(ctx: *mut Ctx, it: u64) -> u32 {
    // A range iterator runs no Python code: no roots, no status beyond exhaustion.
    if let Some(ObjKind::Iter(st)) = v(it).kind() {
        if let kiln_vm::object::IterState::Range { cur, left, step } = &mut *st.borrow_mut() {
            if *left <= 0 {
                return FAILED;
            }
            // SAFETY: called by compiled code with its live context.
            let (c, _) = unsafe { parts(ctx) };
            c.result = *cur as u64;
            *cur = cur.wrapping_add(*step);
            *left -= 1;
            return OK;
        }
    }
    FAILED
}

/// An f-string field with conversion `flags` and format spec `spec` (null: none).
pub(crate) extern "C" fn format_field(ctx: *mut Ctx, x: u64, spec: u64, flags: u64) -> u32 {
    // SAFETY: called by compiled code with its live context.
    unsafe { rooted(ctx, |vm| vm.format_field(v(x), v(spec), flags as u32).map(|r| Some(r.bits()))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctx_layout_is_what_compiled_code_assumes() {
        // Compiled code addresses these fields by offset; they are all 8 bytes wide.
        assert_eq!(offsets::FRAME, 8);
        assert_eq!(offsets::VALS, 16);
        assert_eq!(offsets::SPILL, 24);
        assert_eq!(offsets::NROOTS, 32);
        assert_eq!(offsets::RESULT, 40);
        assert_eq!(offsets::ITERS, 56);
        assert_eq!(offsets::TYPE_VERSION, 64);
        assert_eq!(offsets::LAYOUT_VERSION, 72);
        assert_eq!(offsets::EPOCH, 96);
        assert_eq!(offsets::STALE, 104);
        assert_eq!(offsets::GC_STRESS, 112);
        assert_eq!(offsets::GC_ALLOCATED, 120);
        assert_eq!(offsets::GC_THRESHOLD, 128);
        assert_eq!(offsets::IMAGE, 136);
        assert_eq!(offsets::JOINED, 144);
        assert_eq!(offsets::EXIT_REGION, 152);
        assert_eq!(offsets::JOINS, 160);
        assert_eq!(offsets::ACTIVE, 168);
        assert_eq!(std::mem::size_of::<Ctx>(), 176);
        // `guard_epoch` reads the stress flag as one byte and the counters as words.
        assert_eq!(std::mem::size_of::<bool>(), 1);
        assert_eq!(std::mem::size_of::<usize>(), 8);
    }

    #[test]
    fn type_tests_agree_with_the_value_encoding() {
        assert_eq!(is_type(Value::small_int(3).bits(), TYPE_INT), 1);
        assert_eq!(is_type(Value::TRUE.bits(), TYPE_INT), 0);
        assert_eq!(is_type(Value::float(1.5).bits(), TYPE_LIST), 0);
        assert_eq!(is_type(Value::NONE.bits(), TYPE_TUPLE), 0);
    }
}
