//! The region-IR executor: runs a compiled region against the interpreter's top frame and
//! leaves through a snapshot when a guard fails (deoptimization). It is the oracle that
//! the Cranelift back end is held to, so it favours plainness over speed.
//!
//! Leaving the region writes the snapshot's frame back (raw values are boxed, sunk
//! allocations are materialized) and sets the frame's pc:
//! - a failed guard resumes the interpreter *at* the instruction the snapshot was taken
//!   before, which the interpreter then executes itself;
//! - an exception raised by a call into the interpreter leaves the pc *after* that
//!   instruction and returns the exception, so the interpreter unwinds from there as if
//!   the instruction had raised.
//!
//! Values of type `val` held by the executor are registered as GC roots around every call
//! into the interpreter (the only place a collection can happen). The loop header's
//! `guard_epoch` also fails when a collection is due, so long loops reach a safepoint.

use std::collections::HashMap;

use kiln_vm::bytecode::UnaryOp;
use kiln_vm::intern::Sym;
use kiln_vm::interp::code_ref;
use kiln_vm::object::ObjKind;
use kiln_vm::value::Value;
use kiln_vm::vm::{ExcKind, Frame, FrameKind, PyResult, Vm};

use crate::ir::*;
use crate::record::{binop_from_name, cmpop_from_name};

/// A region ready to run: optimized IR, the values of its constants, value types.
pub struct Compiled {
    /// The optimized region.
    pub region: Region,
    /// The value of each constant.
    pub values: Vec<Value>,
    /// The type of each value number.
    types: Vec<Ty>,
    /// Sunk allocations by their value.
    sunk: FastMap<Var, Inst>,
    /// Interned attribute names.
    syms: std::cell::RefCell<HashMap<String, Sym>>,
    /// Slots plus value-stack entries of the frame at the loop header.
    height: usize,
    /// Native code for the region, when a back end compiled it.
    pub native: Option<Box<dyn crate::backend::NativeCode>>,
    /// For each snapshot, the values leaving through it reads ([`snapshot_vars`]).
    snap_vars: Vec<Vec<Var>>,
    /// Positions (from the frame's base) of the locals that were unbound when the region
    /// was recorded: its code assumes they still are (see [`Compiled::fits`]).
    unbound: Vec<u32>,
    /// Positions of the locals that were bound then: its code assumes they still are.
    /// (Not only those it reads: a local it merely carries would reach its exits, and the
    /// bridges recorded from them, bound or unbound depending on the entry, while a
    /// bridge's link and a loop's native join are decided once.)
    bound: Vec<u32>,
}

impl Compiled {
    /// Prepares a (verified) region for execution; `height` is the number of slots and
    /// value-stack entries of the frame at the loop header.
    pub fn new(region: Region, values: Vec<Value>, height: usize) -> Compiled {
        let mut types = vec![Ty::Val; region.next_var().index()];
        for b in &region.blocks {
            for &(v, t) in &b.params {
                types[v.index()] = t;
            }
            for i in &b.insts {
                if let Some((v, t)) = i.dst {
                    types[v.index()] = t;
                }
            }
        }
        let mut sunk = FastMap::default();
        for i in &region.sunk {
            if let Some((v, t)) = i.dst {
                types[v.index()] = t;
                sunk.insert(v, i.clone());
            }
        }
        let mut c = Compiled {
            region,
            values,
            types,
            sunk,
            syms: Default::default(),
            height,
            native: None,
            snap_vars: vec![],
            unbound: vec![],
            bound: vec![],
        };
        let params = c.region.blocks.first().map(|b| b.param_slots.clone()).unwrap_or_default();
        c.unbound = (0..height as u32).filter(|p| !params.contains(p)).collect();
        c.snap_vars =
            (0..c.region.snaps.len()).map(|s| compute_snapshot_vars(&c, SnapId(s as u32))).collect();
        c
    }
}

pub use kiln_vm::hooks::{FastHasher, FastMap};

/// Counters of one region's executions.
#[derive(Clone, Debug, Default)]
pub struct ExecStats {
    /// Times the region was entered.
    pub entries: u64,
    /// IR instructions executed.
    pub ops: u64,
    /// Loop iterations (jumps back to a loop block).
    pub iterations: u64,
    /// Exits through failed guards (deoptimizations), by snapshot.
    pub guard_failures: FastMap<u32, u64>,
    /// The failed guard one run left through (the runner sets this, not
    /// `guard_failures`, so that a run allocates nothing; the optimizer adds it to its
    /// totals).
    pub failed: Option<u32>,
    /// Exits through exceptions raised inside the region.
    pub raised: u64,
    /// Times bridges linked into the region joined its loop without leaving native code.
    pub bridge_joins: u64,
    /// Exits taken inside linked bridges (failed guards and exceptions).
    pub bridge_exits: u64,
    /// Failed guards whose bridge then ran (from Rust, not linked): not deopts.
    pub bridged: u64,
    /// Times the region ended at a loop header that had no region to continue into.
    pub dead_ends: u64,
    /// A failed guard of another region that native code continued into: (its native
    /// id, the snapshot).
    pub foreign_exit: Option<(u64, u32)>,
    /// (The optimizer's totals only) the entry count at which the deopt-storm rule is
    /// next judged.
    pub next_check: u64,
}

enum Leave {
    /// A guard failed: resume at the snapshot's pc.
    Guard(SnapId),
    /// A call raised: unwind from after the snapshot's pc.
    Raise(SnapId, Value),
    /// The frame returned this value (frame regions).
    Return(Var),
    /// An `exit` terminator.
    Exit(SnapId),
}

struct Machine<'a> {
    c: &'a Compiled,
    vals: Vec<u64>,
}

impl Machine<'_> {
    fn get(&self, v: Var) -> u64 {
        self.vals[v.index()]
    }
    fn val(&self, v: Var) -> Value {
        Value::from_bits(self.vals[v.index()])
    }
    fn i(&self, v: Var) -> i64 {
        self.vals[v.index()] as i64
    }
    fn f(&self, v: Var) -> f64 {
        f64::from_bits(self.vals[v.index()])
    }
    fn b(&self, v: Var) -> bool {
        self.vals[v.index()] != 0
    }
}

fn int_of(v: Value) -> Option<i64> {
    v.as_small_int().or(match v.kind() {
        Some(ObjKind::Int64(i)) => Some(*i),
        _ => None,
    })
}

fn internal<T>(vm: &mut Vm, what: &str) -> PyResult<T> {
    vm.err(ExcKind::RuntimeError, format!("region executor: {what} (a bug in Kiln's optimizer)"))
}

/// Runs `c` on the top frame of `vm` (whose pc is the loop header). Returns `Ok(true)`
/// when the interpreter should resume at the frame's pc, `Ok(false)` when the region did
/// not run (the frame's value stack does not have the height it had when the loop was
/// recorded), `Err(exc)` when an exception raised inside the region must unwind from it.
pub fn execute(vm: &mut Vm, c: &Compiled, stats: &mut ExecStats) -> PyResult<bool> {
    match execute_region(vm, c, stats)? {
        Ran::NotRun => Ok(false),
        Ran::Resume => Ok(true),
        Ran::Exited => Ok(true),
        Ran::Returned(_) => internal(vm, "a loop region returned"),
    }
}

/// How a region run ended, when it did not raise.
pub enum Ran {
    /// It did not run (the frame's stack height differs from the recorded one).
    NotRun,
    /// It left through a snapshot: the interpreter resumes at the frame's pc.
    Resume,
    /// It returned from its frame (frame regions) with this value; the frame is still
    /// there for the caller to pop.
    Returned(Value),
    /// It left through an `exit` terminator (a bridge reaching the loop header): the
    /// frame holds the snapshot's state.
    Exited,
}

/// Runs `c` on the top frame, natively when a back end compiled it, else in the IR
/// executor; see [`Ran`].
pub fn run_region(vm: &mut Vm, c: &Compiled, stats: &mut ExecStats) -> PyResult<Ran> {
    match &c.native {
        Some(n) => n.run(vm, c, stats),
        None => execute_region(vm, c, stats),
    }
}

/// Runs `c` on the top frame in the IR executor; see [`Ran`]. `Err(exc)`: an exception
/// was raised inside, the frame was written back with its pc after the raising
/// instruction.
pub fn execute_region(vm: &mut Vm, c: &Compiled, stats: &mut ExecStats) -> PyResult<Ran> {
    let fi = vm.frames.len() - 1;
    let base = vm.frames[fi].base as usize;
    if !c.fits(vm, base) {
        return Ok(Ran::NotRun);
    }
    stats.entries += 1;
    let mut m = Machine { c, vals: vec![0; c.types.len()] };
    let b0 = &c.region.blocks[0];
    for (&(v, _), &slot) in b0.params.iter().zip(&b0.param_slots) {
        m.vals[v.index()] = vm.stack[base + slot as usize].bits();
    }
    let roots_at = vm.roots.len();
    let r = run_blocks(vm, &mut m, stats);
    vm.roots.truncate(roots_at);
    match r {
        Ok(Leave::Guard(s)) => {
            stats.failed = Some(s.0);
            write_back(vm, c, &m.vals, s, 0).map(|()| Ran::Resume)
        }
        Ok(Leave::Raise(s, exc)) => {
            stats.raised += 1;
            write_back(vm, c, &m.vals, s, 1)?;
            Err(exc)
        }
        Ok(Leave::Return(v)) => materialize(vm, c, &m.vals, v, 0).map(Ran::Returned),
        Ok(Leave::Exit(s)) => write_back(vm, c, &m.vals, s, 0).map(|()| Ran::Exited),
        Err(e) => Err(e),
    }
}

fn run_blocks(vm: &mut Vm, m: &mut Machine, stats: &mut ExecStats) -> PyResult<Leave> {
    let c = m.c;
    let mut bi = 0usize;
    let mut scratch = Vec::new();
    'blocks: loop {
        let block = &c.region.blocks[bi];
        for inst in &block.insts {
            stats.ops += 1;
            if let Some(leave) = step(vm, m, inst)? {
                // A grafted bridge: the guard's failure goes on in the region.
                let graft = match leave {
                    Leave::Guard(s) => c.region.grafts.iter().find(|g| g.snap == s),
                    _ => None,
                };
                let Some(g) = graft else { return Ok(leave) };
                scratch.clear();
                for &a in &g.args {
                    let boxed = match c.ty(a) {
                        Ty::Val => m.get(a),
                        Ty::I64 => vm.new_int(m.i(a)).bits(),
                        Ty::F64 => Value::float(m.f(a)).bits(),
                        Ty::Bool => Value::bool(m.b(a)).bits(),
                    };
                    scratch.push(boxed);
                }
                let target = &c.region.blocks[g.block.index()];
                for (&(p, _), &bits) in target.params.iter().zip(&scratch) {
                    m.vals[p.index()] = bits;
                }
                bi = g.block.index();
                continue 'blocks;
            }
        }
        match &block.term {
            Some(Term::Jump(t, args)) => {
                scratch.clear();
                scratch.extend(args.iter().map(|a| m.get(*a)));
                let target = &c.region.blocks[t.index()];
                for (&(p, _), &bits) in target.params.iter().zip(&scratch) {
                    m.vals[p.index()] = bits;
                }
                if t.index() <= bi {
                    stats.iterations += 1;
                }
                bi = t.index();
            }
            Some(Term::Exit(s)) => return Ok(Leave::Exit(*s)),
            Some(Term::Return(v)) => return Ok(Leave::Return(*v)),
            None => return internal(vm, "a block without a terminator"),
        }
    }
}

/// Registers every `val` the machine holds as a GC root (before a call into Python).
fn root_all(vm: &mut Vm, m: &Machine) {
    root_vals(vm, m.c, &m.vals);
}

/// Registers every `val` of `vals` (indexed by value number) as a GC root.
fn root_vals(vm: &mut Vm, c: &Compiled, vals: &[u64]) {
    for (i, t) in c.types.iter().enumerate() {
        if *t == Ty::Val {
            vm.roots.push(Value::from_bits(vals[i]));
        }
    }
}

/// Every value that leaving through snapshot `s` reads: its slots and stack entries and,
/// for sunk allocations among them, their operands (transitively). Not sunk values
/// themselves, which have no bits of their own.
pub fn snapshot_vars(c: &Compiled, s: SnapId) -> &[Var] {
    &c.snap_vars[s.index()]
}

fn compute_snapshot_vars(c: &Compiled, s: SnapId) -> Vec<Var> {
    let mut out = Vec::new();
    let mut work: Vec<Var> = Vec::new();
    for fs in &c.region.snaps[s.index()].frames {
        work.extend(fs.slots.iter().map(|&(_, v)| v));
        work.extend(fs.stack.iter().copied());
    }
    let mut seen = std::collections::HashSet::new();
    while let Some(v) = work.pop() {
        if !seen.insert(v) {
            continue;
        }
        match c.sunk.get(&v) {
            Some(inst) => work.extend(inst.args.iter().copied()),
            None => out.push(v),
        }
    }
    out.sort();
    out
}

impl Compiled {
    /// The type of value `v`.
    pub fn ty(&self, v: Var) -> Ty {
        self.types[v.index()]
    }

    /// The number of value numbers (one more than the highest).
    pub fn var_count(&self) -> usize {
        self.types.len()
    }

    /// Slots plus value-stack entries of the entry frame the region expects.
    pub fn height(&self) -> usize {
        self.height
    }

    /// The positions (from the frame's base) of the locals that were unbound when the
    /// region was recorded.
    pub fn unbound(&self) -> &[u32] {
        &self.unbound
    }

    /// The positions of the locals that were bound when the region was recorded.
    pub fn bound(&self) -> &[u32] {
        &self.bound
    }

    /// Records which locals were bound when the region was recorded (see
    /// [`Compiled::fits`]).
    pub fn set_bound_locals(&mut self, bound: Vec<u32>) {
        self.bound = bound;
    }

    /// Whether the top frame (whose base is `base`) has the state the region was recorded
    /// in: its height, the locals that were unbound then still unbound (the region
    /// neither reads them nor writes them back, so a value bound since would be lost),
    /// and those that were bound still bound.
    pub fn fits(&self, vm: &Vm, base: usize) -> bool {
        vm.stack.len() == base + self.height
            && self.unbound.iter().all(|&p| vm.stack[base + p as usize].is_null())
            && self.bound.iter().all(|&p| !vm.stack[base + p as usize].is_null())
    }

    /// Whether `v` is a sunk allocation (it has no bits; exits build it).
    pub fn is_sunk(&self, v: Var) -> bool {
        self.sunk.contains_key(&v)
    }
}

fn sym(vm: &mut Vm, c: &Compiled, name: &str) -> Sym {
    if let Some(s) = c.syms.borrow().get(name) {
        return *s;
    }
    let s = vm.intern(name);
    c.syms.borrow_mut().insert(name.to_string(), s);
    s
}

fn name_imm(inst: &Inst) -> &str {
    match inst.imms.first() {
        Some(Imm::Name(n)) => n,
        _ => "",
    }
}

fn int_imm(inst: &Inst, i: usize) -> i64 {
    inst.imms.get(i).and_then(Imm::as_int).unwrap_or(0)
}

/// Executes one instruction; `Some(leave)` when it leaves the region.
fn step(vm: &mut Vm, m: &mut Machine, inst: &Inst) -> PyResult<Option<Leave>> {
    use Opcode::*;
    let a = |k: usize| inst.args[k];
    let guard = |ok: bool| -> Option<Leave> {
        (!ok).then(|| Leave::Guard(inst.snap.expect("a guard has a snapshot")))
    };
    macro_rules! set {
        ($bits:expr) => {{
            let bits: u64 = $bits;
            m.vals[inst.dst.expect("a result").0.index()] = bits;
        }};
    }
    macro_rules! call {
        ($e:expr) => {{
            let roots_at = vm.roots.len();
            root_all(vm, m);
            let r = $e;
            vm.roots.truncate(roots_at);
            match r {
                Ok(v) => v,
                Err(exc) => return Ok(Some(Leave::Raise(inst.snap.expect("a call has a snapshot"), exc))),
            }
        }};
    }
    let c = m.c;
    match inst.op {
        ConstI64 | ConstBool => set!(int_imm(inst, 0) as u64),
        ConstF64 => set!(inst.imms[0].as_float().unwrap_or(0.0).to_bits()),
        ConstVal => match inst.imms.first() {
            Some(Imm::Konst(k)) => set!(c.values[k.index()].bits()),
            _ => return internal(vm, "const_val without a constant"),
        },
        IAddOvf | ISubOvf | IMulOvf => {
            let (x, y) = (m.i(a(0)), m.i(a(1)));
            let r = match inst.op {
                IAddOvf => x.checked_add(y),
                ISubOvf => x.checked_sub(y),
                _ => x.checked_mul(y),
            };
            match r {
                Some(r) => set!(r as u64),
                None => return Ok(guard(false)),
            }
        }
        INegOvf => match m.i(a(0)).checked_neg() {
            Some(r) => set!(r as u64),
            None => return Ok(guard(false)),
        },
        IAdd => set!(m.i(a(0)).wrapping_add(m.i(a(1))) as u64),
        ISub => set!(m.i(a(0)).wrapping_sub(m.i(a(1))) as u64),
        IMul => set!(m.i(a(0)).wrapping_mul(m.i(a(1))) as u64),
        IFloorDiv | IMod => {
            let (x, y) = (m.i(a(0)), m.i(a(1)));
            if y == 0 || (x == i64::MIN && y == -1) {
                return Ok(guard(false));
            }
            let (mut q, mut r) = (x / y, x % y);
            if r != 0 && ((r < 0) != (y < 0)) {
                q -= 1;
                r += y;
            }
            set!(if inst.op == IFloorDiv { q } else { r } as u64)
        }
        IAnd => set!((m.i(a(0)) & m.i(a(1))) as u64),
        IOr => set!((m.i(a(0)) | m.i(a(1))) as u64),
        IXor => set!((m.i(a(0)) ^ m.i(a(1))) as u64),
        IShr => {
            let (x, y) = (m.i(a(0)), m.i(a(1)));
            if y < 0 {
                return Ok(guard(false));
            }
            set!((x >> y.min(63)) as u64)
        }
        ILt => set!((m.i(a(0)) < m.i(a(1))) as u64),
        ILe => set!((m.i(a(0)) <= m.i(a(1))) as u64),
        IGt => set!((m.i(a(0)) > m.i(a(1))) as u64),
        IGe => set!((m.i(a(0)) >= m.i(a(1))) as u64),
        IEq => set!((m.i(a(0)) == m.i(a(1))) as u64),
        INe => set!((m.i(a(0)) != m.i(a(1))) as u64),
        FAdd => set!((m.f(a(0)) + m.f(a(1))).to_bits()),
        FSub => set!((m.f(a(0)) - m.f(a(1))).to_bits()),
        FMul => set!((m.f(a(0)) * m.f(a(1))).to_bits()),
        FDiv => {
            let y = m.f(a(1));
            if y == 0.0 {
                return Ok(guard(false));
            }
            set!((m.f(a(0)) / y).to_bits())
        }
        FNeg => set!((-m.f(a(0))).to_bits()),
        FLt => set!((m.f(a(0)) < m.f(a(1))) as u64),
        FLe => set!((m.f(a(0)) <= m.f(a(1))) as u64),
        FGt => set!((m.f(a(0)) > m.f(a(1))) as u64),
        FGe => set!((m.f(a(0)) >= m.f(a(1))) as u64),
        FEq => set!((m.f(a(0)) == m.f(a(1))) as u64),
        FNe => set!((m.f(a(0)) != m.f(a(1))) as u64),
        IToF => set!((m.i(a(0)) as f64).to_bits()),
        BNot => set!((!m.b(a(0))) as u64),
        Same => set!((m.get(a(0)) == m.get(a(1))) as u64),
        StrEq => set!(str_eq(m.val(a(0)), m.val(a(1))) as u64),
        StrGet => match str_get(vm, m.val(a(0)), m.i(a(1))) {
            Some(v) => set!(v.bits()),
            None => return Ok(guard(false)),
        },
        BoxI64 => set!(vm.new_int(m.i(a(0))).bits()),
        BoxF64 => set!(Value::float(m.f(a(0))).bits()),
        BoxBool => set!(Value::bool(m.b(a(0))).bits()),
        UnboxI64 => match int_of(m.val(a(0))) {
            Some(i) if !m.val(a(0)).is_bool() => set!(i as u64),
            _ => return Ok(guard(false)),
        },
        UnboxF64 => match m.val(a(0)).as_float() {
            Some(x) => set!(x.to_bits()),
            None => return Ok(guard(false)),
        },
        UnboxBool => match m.val(a(0)).as_bool() {
            Some(b) => set!(b as u64),
            None => return Ok(guard(false)),
        },
        GuardTrue => return Ok(guard(m.b(a(0)))),
        GuardFalse => return Ok(guard(!m.b(a(0)))),
        GuardType => {
            let v = m.val(a(0));
            let ok = match (name_imm(inst), v.kind()) {
                ("list", Some(ObjKind::List(_)))
                | ("tuple", Some(ObjKind::Tuple(_)))
                | ("str", Some(ObjKind::Str(_)))
                | ("dict", Some(ObjKind::Dict(_))) => true,
                ("int", _) => int_of(v).is_some() && !v.is_bool(),
                ("float", _) => v.is_float(),
                ("none", _) => v.is_none(),
                _ => false,
            };
            return Ok(guard(ok));
        }
        GuardClass => {
            let cls = match inst.imms.first() {
                Some(Imm::Konst(k)) => c.values[k.index()],
                _ => Value::NULL,
            };
            let shape = int_imm(inst, 1) as u32;
            let ok = matches!(m.val(a(0)).kind(), Some(ObjKind::Instance(i)) if i.class == cls && i.shape.get() == shape);
            return Ok(guard(ok));
        }
        GuardIs => return Ok(guard(m.get(a(0)) == m.get(a(1)))),
        GuardNonNull | IterEnd => return Ok(guard(!m.val(a(0)).is_null())),
        GuardVersion => return Ok(guard(vm.type_version == int_imm(inst, 0) as u64)),
        GuardLayout => return Ok(guard(vm.layout_version == int_imm(inst, 0) as u64)),
        GuardEpoch => {
            let due = vm.heap.collection_due() && vm.heap.wants_collection();
            return Ok(guard(vm.hook_epoch() == int_imm(inst, 0) as u64 && !due));
        }
        GetSlot | SetSlot => {
            let idx = int_imm(inst, 0) as usize;
            let obj = m.val(a(0));
            let Some(ObjKind::Instance(i)) = obj.kind() else {
                return internal(vm, "getslot on a non-instance");
            };
            if inst.op == GetSlot {
                let v = i.slots.borrow().get(idx).copied();
                match v {
                    Some(v) => set!(v.bits()),
                    None => return internal(vm, "slot out of range"),
                }
            } else {
                let v = m.val(a(1));
                match i.slots.borrow_mut().get_mut(idx) {
                    Some(s) => *s = v,
                    None => return internal(vm, "slot out of range"),
                }
            }
        }
        ListLen | ListGet | ListSet | ListAppend => {
            let obj = m.val(a(0));
            let Some(ObjKind::List(l)) = obj.kind() else {
                return internal(vm, "list operation on a non-list");
            };
            match inst.op {
                ListLen => set!(l.borrow().len() as u64),
                ListGet => match l.borrow().get(m.i(a(1)) as usize) {
                    Some(v) => set!(v.bits()),
                    None => return internal(vm, "list index out of range after its guard"),
                },
                ListSet => {
                    let v = m.val(a(2));
                    match l.borrow_mut().get_mut(m.i(a(1)) as usize) {
                        Some(s) => *s = v,
                        None => return internal(vm, "list index out of range after its guard"),
                    }
                }
                _ => l.borrow_mut().push(m.val(a(1))),
            }
        }
        TupleLen | TupleGet => {
            let obj = m.val(a(0));
            let Some(ObjKind::Tuple(t)) = obj.kind() else {
                return internal(vm, "tuple operation on a non-tuple");
            };
            if inst.op == TupleLen {
                set!(t.len() as u64)
            } else {
                match t.get(int_imm(inst, 0) as usize) {
                    Some(v) => set!(v.bits()),
                    None => return internal(vm, "tuple index out of range"),
                }
            }
        }
        Global => {
            let slot = int_imm(inst, 0) as usize;
            let g = &vm.globals[slot];
            let v = if g.value.is_null() { g.builtin } else { g.value };
            if v.is_null() {
                return Ok(guard(false));
            }
            set!(v.bits())
        }
        SetGlobal => {
            let slot = int_imm(inst, 0) as usize;
            vm.globals[slot].value = m.val(a(0));
        }
        NewTuple | NewList => {
            let items: Vec<Value> = inst.args.iter().map(|v| m.val(*v)).collect();
            let t = if inst.op == NewTuple { vm.new_tuple(items) } else { vm.new_list(items) };
            set!(t.bits())
        }
        NewDict => set!(vm.new_dict().bits()),
        MakeFunc => {
            set!(vm.make_function(m.val(a(0)), m.val(a(1)), Vec::new(), Value::NULL, Vec::new()).bits())
        }
        MakeClosure => {
            let cells = match m.val(a(2)).kind() {
                Some(ObjKind::Tuple(t)) => t.to_vec(),
                _ => return internal(vm, "make_closure without a tuple of cells"),
            };
            set!(vm.make_function(m.val(a(0)), m.val(a(1)), Vec::new(), Value::NULL, cells).bits())
        }
        NewSet => set!(vm.new_set().bits()),
        ListExtend => {
            let items = call!(vm.star_items(m.val(a(1)), &|_| "Value".to_string()));
            if let Some(ObjKind::List(l)) = m.val(a(0)).kind() {
                l.borrow_mut().extend(items);
            }
        }
        SetAdd => {
            call!(vm.set_add(m.val(a(0)), m.val(a(1))));
        }
        NewInstance => {
            let items: Vec<Value> = inst.args.iter().map(|v| m.val(*v)).collect();
            let o = new_instance(vm, c, inst, items)?;
            set!(o.bits())
        }
        AddSlot => {
            let obj = m.val(a(0));
            if !add_slot(obj, m.val(a(1)), int_imm(inst, 0) as u32, int_imm(inst, 1) as usize) {
                return internal(vm, "add_slot on an instance without that many slots");
            }
        }
        BinOp => {
            let Some((op, inplace)) = binop_from_name(name_imm(inst)) else {
                return internal(vm, "unknown binop");
            };
            let r = call!(vm.binary_op(m.val(a(0)), m.val(a(1)), op, inplace));
            set!(r.bits())
        }
        Compare => {
            let Some(op) = cmpop_from_name(name_imm(inst)) else { return internal(vm, "unknown compare") };
            let r = call!(vm.compare(m.val(a(0)), m.val(a(1)), op));
            set!(r.bits())
        }
        GetAttr => {
            let s = sym(vm, c, name_imm(inst));
            let r = call!(vm.getattr(m.val(a(0)), s));
            set!(r.bits())
        }
        SetAttr => {
            let s = sym(vm, c, name_imm(inst));
            call!(vm.setattr(m.val(a(0)), s, m.val(a(1))));
        }
        GetItem => {
            let r = call!(vm.getitem(m.val(a(0)), m.val(a(1))));
            set!(r.bits())
        }
        SetItem => {
            call!(vm.setitem(m.val(a(0)), m.val(a(1)), m.val(a(2))));
        }
        Truthy => {
            let r = call!(vm.truthy(m.val(a(0))));
            set!(r as u64)
        }
        CallFn => {
            let args: Vec<Value> = inst.args[1..].iter().map(|v| m.val(*v)).collect();
            let r = call!(vm.call(m.val(a(0)), &args, &[]));
            set!(r.bits())
        }
        CallKw => {
            let names = match inst.imms.first() {
                Some(Imm::Konst(k)) => c.values[k.index()],
                _ => return internal(vm, "call_kw without its names"),
            };
            let all: Vec<Value> = inst.args[1..].iter().map(|v| m.val(*v)).collect();
            let r = call!(call_with_keywords(vm, m.val(a(0)), &all, names));
            set!(r.bits())
        }
        GetIter => {
            let r = call!(vm.get_iter(m.val(a(0))));
            set!(r.bits())
        }
        Unary => {
            let op = match name_imm(inst) {
                "neg" => UnaryOp::Neg,
                "pos" => UnaryOp::Pos,
                "invert" => UnaryOp::Invert,
                "not" => UnaryOp::Not,
                _ => return internal(vm, "unknown unary operator"),
            };
            let r = call!(vm.unary_op(m.val(a(0)), op));
            set!(r.bits())
        }
        CellGet => {
            let v = match m.val(a(0)).kind() {
                Some(ObjKind::Cell(c)) => c.get(),
                _ => Value::NULL,
            };
            if v.is_null() {
                return Ok(guard(false));
            }
            set!(v.bits())
        }
        CellSet => {
            if let Some(ObjKind::Cell(c)) = m.val(a(0)).kind() {
                c.set(m.val(a(1)));
            }
        }
        FormatField => {
            let flags = int_imm(inst, 0) as u32;
            let r = call!(vm.format_field(m.val(a(0)), m.val(a(1)), flags));
            set!(r.bits())
        }
        BuildStr => {
            let at = vm.stack.len();
            for v in &inst.args {
                let x = m.val(*v);
                vm.stack.push(x);
            }
            let s = vm.build_string(at);
            set!(s.bits())
        }
        NewSlice => {
            let s = vm.heap.alloc(ObjKind::Slice(m.val(a(0)), m.val(a(1)), m.val(a(2))));
            set!(s.bits())
        }
        IterDone => set!(iter_done(m.val(a(0))) as u64),
        SeqNext => match seq_next(m.val(a(0))) {
            Some(v) => set!(v.bits()),
            None => return Ok(guard(false)),
        },
        EnumCount => match enum_count(m.val(a(0))) {
            Some(i) => set!(i as u64),
            None => return Ok(guard(false)),
        },
        EnumNext => match enum_next(m.val(a(0))) {
            Some(v) => set!(v.bits()),
            None => return Ok(guard(false)),
        },
        ZipItem => {
            let (n, k) = (int_imm(inst, 0), int_imm(inst, 1));
            match zip_item(m.val(a(0)), n as usize, k as usize) {
                Some(v) => set!(v.bits()),
                None => return Ok(guard(false)),
            }
        }
        ZipStep => zip_step(m.val(a(0)), int_imm(inst, 0) as usize),
        DictNext => match dict_next(m.val(a(0)), int_imm(inst, 0)) {
            Some(p) => set!(p as u64),
            None => return Ok(guard(false)),
        },
        DictKey | DictValue => match dict_entry(m.val(a(0)), m.i(a(1))) {
            Some((k, v)) => set!(if inst.op == DictKey { k.bits() } else { v.bits() }),
            None => return internal(vm, "dict_key at a position dict_next did not give"),
        },
        ModuleAttr => {
            let s = sym(vm, c, name_imm(inst));
            match module_attr(m.val(a(0)), s) {
                Some(v) => set!(v.bits()),
                None => return Ok(guard(false)),
            }
        }
        MathF => match math_f(name_imm(inst), m.f(a(0))) {
            Some(r) => set!(r.to_bits()),
            None => return Ok(guard(false)),
        },
        RangeNext if !is_range_iter(m.val(a(0))) => return Ok(guard(false)),
        IterNext | RangeNext => {
            let r = call!(vm.iter_next(m.val(a(0))));
            match r {
                None if inst.op == IterNext => set!(Value::NULL.bits()),
                None => return Ok(guard(false)),
                Some(v) if inst.op == IterNext => set!(v.bits()),
                Some(v) => match int_of(v) {
                    Some(i) => set!(i as u64),
                    None => return internal(vm, "a range produced a non-int"),
                },
            }
        }
    }
    Ok(None)
}

/// `f(*args)` where the last `len(names)` of `args` are keyword arguments named by the
/// tuple of strs `names` (the interpreter's `CallKw`).
pub fn call_with_keywords(vm: &mut Vm, f: Value, args: &[Value], names: Value) -> PyResult<Value> {
    let names: Vec<Value> = match names.kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let k = names.len().min(args.len());
    let (pos, kwv) = args.split_at(args.len() - k);
    let kw: Vec<(kiln_vm::intern::Sym, Value)> =
        names.iter().zip(kwv).map(|(n, v)| (vm.intern(n.as_str().unwrap_or("")), *v)).collect();
    vm.call(f, pos, &kw)
}

/// `str_eq`: whether two strs are equal (false when either is not a str).
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return a.is_obj();
    }
    match (a.kind(), b.kind()) {
        (Some(ObjKind::Str(x)), Some(ObjKind::Str(y))) => x.s == y.s,
        _ => false,
    }
}

/// `str_get`: `s[i]` for an ASCII str and an index in range, as the interpreter makes it
/// (the shared one-character strs); `None` otherwise.
pub fn str_get(vm: &Vm, s: Value, i: i64) -> Option<Value> {
    let Some(ObjKind::Str(x)) = s.kind() else { return None };
    if !x.is_ascii() || i < 0 {
        return None;
    }
    let b = *x.s.as_bytes().get(i as usize)?;
    vm.char_strs.get(b as usize).copied()
}

/// `seq_next`: the next item of a list or tuple iterator; `None` when it is exhausted
/// (then marked done, as the interpreter's `for` leaves it) or is another iterator.
pub fn seq_next(it: Value) -> Option<Value> {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let mut s = st.borrow_mut();
    let IterState::Seq(seq, i) = &mut *s else { return None };
    let next = match seq.kind() {
        Some(ObjKind::List(l)) => l.borrow().get(*i).copied(),
        Some(ObjKind::Tuple(t)) => t.get(*i).copied(),
        _ => return None,
    };
    match next {
        Some(x) => {
            *i += 1;
            Some(x)
        }
        None => {
            *s = IterState::Done;
            None
        }
    }
}

/// The list or tuple iterator and the count of `it`, an `enumerate` over one.
fn enum_parts(it: Value) -> Option<(Value, i64)> {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let IterState::Enumerate(inner, count) = &*st.borrow() else { return None };
    let count = count.as_small_int()?;
    let Some(ObjKind::Iter(ist)) = inner.kind() else { return None };
    let IterState::Seq(seq, _) = &*ist.borrow() else { return None };
    matches!(seq.kind(), Some(ObjKind::List(_) | ObjKind::Tuple(_))).then_some((*inner, count))
}

/// `enum_count`: the count of `it`, an `enumerate` over a list or tuple iterator; `None`
/// when it is not one.
pub fn enum_count(it: Value) -> Option<i64> {
    enum_parts(it).map(|(_, c)| c)
}

/// `enum_next`: the next item of `it`, an `enumerate` over a list or tuple iterator, with
/// its count advanced; `None` when it is not one, when its count would leave the small
/// ints, or when the list or tuple is exhausted (its iterator is then marked done).
pub fn enum_next(it: Value) -> Option<Value> {
    use kiln_vm::object::IterState;
    let (inner, count) = enum_parts(it)?;
    let next = Value::try_small_int(count.checked_add(1)?)?;
    let x = seq_next(inner)?;
    if let Some(ObjKind::Iter(st)) = it.kind() {
        if let IterState::Enumerate(_, c) = &mut *st.borrow_mut() {
            *c = next;
        }
    }
    Some(x)
}

/// `zip_item`: the next item of list or tuple iterator `k` of `it`, a `zip` over `n` of
/// them, without taking it; `None` when it has none left or `it` is not such a `zip`. Nor
/// when one iterator is given twice (`zip(it, it)` pairs consecutive items, which reading
/// every item before taking any would not).
pub fn zip_item(it: Value, n: usize, k: usize) -> Option<Value> {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let IterState::Zip(iters, _) = &*st.borrow() else { return None };
    if iters.len() != n || (k == 0 && (1..n).any(|j| iters[..j].contains(&iters[j]))) {
        return None;
    }
    let Some(ObjKind::Iter(ist)) = iters.get(k)?.kind() else { return None };
    let IterState::Seq(seq, i) = &*ist.borrow() else { return None };
    match seq.kind() {
        Some(ObjKind::List(l)) => l.borrow().get(*i).copied(),
        Some(ObjKind::Tuple(t)) => t.get(*i).copied(),
        _ => None,
    }
}

/// `zip_step`: advances the `n` list or tuple iterators of `it`, a `zip` whose items
/// `zip_item` read.
pub fn zip_step(it: Value, n: usize) {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return };
    let IterState::Zip(iters, _) = &*st.borrow() else { return };
    for inner in iters.iter().take(n) {
        if let Some(ObjKind::Iter(ist)) = inner.kind() {
            if let IterState::Seq(_, i) = &mut *ist.borrow_mut() {
                *i += 1;
            }
        }
    }
}

/// `dict_next`: the position of the next entry of `it`, a dict iterator, moving past
/// it; `None` when it is not one, or its dict is exhausted or changed size or keys (the
/// interpreter's next step then ends the loop or raises).
pub fn dict_next(it: Value, part: i64) -> Option<i64> {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let mut s = st.borrow_mut();
    let IterState::Dict { dict, pos, len, left, part: p } = &mut *s else { return None };
    if dict_part_code(*p) != part {
        return None;
    }
    let Some(ObjKind::Dict(t)) = dict.kind() else { return None };
    let t = t.borrow();
    if t.len() != *len || *left == 0 {
        return None;
    }
    let p = (*pos..t.entries_len()).find(|&p| t.entry_at(p).is_some())?;
    *pos = p + 1;
    *left -= 1;
    Some(p as i64)
}

/// The code of a dict iterator's part in `dict_next`'s immediate.
pub fn dict_part_code(part: kiln_vm::object::DictPart) -> i64 {
    use kiln_vm::object::DictPart;
    match part {
        DictPart::Keys => 0,
        DictPart::Values => 1,
        DictPart::Items => 2,
    }
}

/// `dict_key`, `dict_value`: the entry at position `p` of the dict `it` iterates over.
pub fn dict_entry(it: Value, p: i64) -> Option<(Value, Value)> {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let IterState::Dict { dict, .. } = &*st.borrow() else { return None };
    let Some(ObjKind::Dict(t)) = dict.kind() else { return None };
    let e = t.borrow().entry_at(usize::try_from(p).ok()?);
    e
}

/// `module_attr`: the attribute `name` of the module `m`; `None` when `m` is not a module
/// or has no such attribute.
pub fn module_attr(m: Value, name: kiln_vm::intern::Sym) -> Option<Value> {
    let Some(ObjKind::Module(m)) = m.kind() else { return None };
    m.attrs.borrow().get(&name).copied()
}

/// `math`: the one-float `math` function `name` at `x` where its result needs no error
/// check (the interpreter's fast path, `kiln_vm::builtins::math_fast`, computes it);
/// `None` elsewhere, and for the functions whose result is not a float.
pub fn math_f(name: &str, x: f64) -> Option<f64> {
    kiln_vm::builtins::math_fast(name, x).and_then(|v| v.as_float())
}

/// Whether `it` is a `range` iterator (`range_next` takes nothing from anything else).
pub fn is_range_iter(it: Value) -> bool {
    matches!(it.kind(), Some(ObjKind::Iter(st)) if matches!(&*st.borrow(), kiln_vm::object::IterState::Range { .. }))
}

/// Whether a range, list, tuple or dict iterator, or an `enumerate` over a list or tuple
/// iterator, is exhausted, without taking a value or changing it. Other iterators, and a
/// dict iterator whose dict changed size (the interpreter raises), answer false.
pub fn iter_exhausted(it: Value) -> bool {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return false };
    let s = st.borrow();
    match &*s {
        IterState::Range { left, .. } => *left <= 0,
        IterState::Seq(seq, i) => match seq.kind() {
            Some(ObjKind::List(l)) => *i >= l.borrow().len(),
            Some(ObjKind::Tuple(t)) => *i >= t.len(),
            _ => false,
        },
        IterState::Done => true,
        IterState::Enumerate(inner, _) => {
            let inner = *inner;
            drop(s);
            iter_exhausted(inner)
        }
        IterState::Dict { dict, pos, len, .. } => match dict.kind() {
            Some(ObjKind::Dict(t)) => {
                let t = t.borrow();
                t.len() == *len && (*pos..t.entries_len()).all(|p| t.entry_at(p).is_none())
            }
            _ => false,
        },
        _ => false,
    }
}

/// [`iter_exhausted`], marking an exhausted list, tuple or dict iterator done (the
/// interpreter's `for` leaves it so; an `enumerate`'s list or tuple iterator is marked,
/// the `enumerate` is not).
pub fn iter_done(it: Value) -> bool {
    let done = iter_exhausted(it);
    if done {
        mark_done(it);
    }
    done
}

/// Marks an exhausted list, tuple or dict iterator done (through `enumerate`s).
fn mark_done(it: Value) {
    use kiln_vm::object::IterState;
    let Some(ObjKind::Iter(st)) = it.kind() else { return };
    let mut s = st.borrow_mut();
    match &*s {
        IterState::Enumerate(inner, _) => {
            let inner = *inner;
            drop(s);
            mark_done(inner);
        }
        IterState::Seq(..) | IterState::Dict { .. } => *s = IterState::Done,
        _ => {}
    }
}

/// A new instance of `new_instance`'s class with its shape (immediates) and the slots
/// `items`, as the interpreter makes bare instances (`Vm::new_instance`).
fn new_instance(vm: &mut Vm, c: &Compiled, inst: &Inst, items: Vec<Value>) -> PyResult<Value> {
    let cls = match inst.imms.first() {
        Some(Imm::Konst(k)) => c.values[k.index()],
        _ => return internal(vm, "new_instance without its class"),
    };
    let shape = int_imm(inst, 1) as u32;
    if !matches!(cls.kind(), Some(ObjKind::Class(_))) {
        return internal(vm, "new_instance of a non-class");
    }
    let o = vm.new_instance(cls, &[]);
    if let Some(ObjKind::Instance(i)) = o.kind() {
        *i.slots.borrow_mut() = items;
        i.shape.set(shape);
    }
    Ok(o)
}

/// `add_slot`: appends `v` to the instance's slots (which must number `idx`) and gives
/// it `shape`, as `Vm::store_instance_attr` adds an attribute. False when `obj` is not an
/// instance with `idx` slots (a bug: a guard proved the class and shape).
pub fn add_slot(obj: Value, v: Value, shape: u32, idx: usize) -> bool {
    let Some(ObjKind::Instance(i)) = obj.kind() else { return false };
    let n = {
        let mut slots = i.slots.borrow_mut();
        if slots.len() != idx {
            return false;
        }
        slots.push(v);
        slots.len() as u32
    };
    i.shape.set(shape);
    if let Some(ObjKind::Class(c)) = i.class.kind() {
        if n > c.slot_hint.get() && n <= 64 {
            c.slot_hint.set(n);
        }
    }
    true
}

/// The interpreter value of `v` at an exit, given the region's values `vals` (indexed by
/// value number): raw values boxed, sunk allocations built.
pub fn materialize(vm: &mut Vm, c: &Compiled, vals: &[u64], v: Var, depth: usize) -> PyResult<Value> {
    materialize_in(vm, c, vals, v, depth, &mut Vec::new())
}

/// [`materialize`] within one exit: `made` holds what the exit built so far, so that a
/// value referred to twice (two locals, two items of a list) is built once and stays one
/// object (`p = o; p.append(1)` changes `o` too; a boxed big int keeps its identity).
fn materialize_in(
    vm: &mut Vm,
    c: &Compiled,
    vals: &[u64],
    v: Var,
    depth: usize,
    made: &mut Vec<(Var, Value)>,
) -> PyResult<Value> {
    let sunk = if c.sunk.is_empty() { None } else { c.sunk.get(&v) };
    let boxes = sunk.is_some() || c.types[v.index()] == Ty::I64;
    if boxes {
        if let Some(&(_, x)) = made.iter().find(|(w, _)| *w == v) {
            return Ok(x);
        }
    }
    let x = if let Some(inst) = sunk {
        if depth > c.sunk.len() {
            return internal(vm, "cyclic sunk allocation");
        }
        let mut items = Vec::with_capacity(inst.args.len());
        for a in &inst.args {
            items.push(materialize_in(vm, c, vals, *a, depth + 1, made)?);
        }
        match inst.op {
            Opcode::NewTuple => vm.new_tuple(items),
            Opcode::NewList => vm.new_list(items),
            Opcode::NewSlice if items.len() == 3 => {
                vm.heap.alloc(ObjKind::Slice(items[0], items[1], items[2]))
            }
            Opcode::NewInstance => new_instance(vm, c, inst, items)?,
            _ => return internal(vm, "materializing an allocation of an unknown kind"),
        }
    } else {
        let bits = vals[v.index()];
        match c.types[v.index()] {
            Ty::Val => Value::from_bits(bits),
            Ty::I64 => vm.new_int(bits as i64),
            Ty::F64 => Value::float(f64::from_bits(bits)),
            Ty::Bool => Value::bool(bits != 0),
        }
    };
    if boxes {
        made.push((v, x));
    }
    Ok(x)
}

/// Writes snapshot `s` back into the interpreter's top frame, given the region's values
/// `vals` (indexed by value number; only the values the snapshot names are read); its pc
/// becomes the snapshot's plus `pc_delta`. Compiled code leaves through this too.
pub fn write_back(vm: &mut Vm, c: &Compiled, vals: &[u64], s: SnapId, pc_delta: u32) -> PyResult<()> {
    let snap = &c.region.snaps[s.index()];
    let mut made = Vec::new();
    if snap.frames.is_empty() {
        return internal(vm, "a snapshot without frames");
    }
    // Materializing allocates but never collects (collections happen only at
    // safepoints), so values are written straight into the frames.
    let last = snap.frames.len() - 1;
    for (i, fs) in snap.frames.iter().enumerate() {
        let pc = fs.pc + if i == last { pc_delta } else { 0 };
        if i == 0 {
            // The entry frame is there already.
            let fi = vm.frames.len() - 1;
            let base = vm.frames[fi].base as usize;
            let code = code_ref(vm.frames[fi].code);
            let nlocals = code.nlocals();
            vm.stack.truncate(base + nlocals);
            // Resuming at the frame's own `return` (a bridge that ends there): its locals
            // are dead, so they are not rebuilt (nor their numbers boxed), unless a tool
            // may look at the frame.
            let at_return = last == 0
                && pc_delta == 0
                && matches!(code.ops.get(pc as usize), Some(kiln_vm::bytecode::Op::Return))
                && !vm.observing()
                && !vm.hooks_active;
            if at_return {
                for &v in &fs.stack {
                    let x = materialize_in(vm, c, vals, v, 0, &mut made)?;
                    vm.stack.push(x);
                }
                vm.frames[fi].pc = pc;
                continue;
            }
            vm.stack[base..base + nlocals].fill(Value::NULL);
            for &(slot, v) in &fs.slots {
                let x = materialize_in(vm, c, vals, v, 0, &mut made)?;
                vm.stack[base + slot as usize] = x;
            }
            for &v in &fs.stack {
                let x = materialize_in(vm, c, vals, v, 0, &mut made)?;
                vm.stack.push(x);
            }
            vm.frames[fi].pc = pc;
            continue;
        }
        // An inlined call: its frame is rebuilt as the interpreter would have pushed it.
        // The caller's stack ends with the callable, then null unless `self` was passed
        // as the first argument.
        let func = c.values[fs.code.index()];
        let Some(ObjKind::Function(f)) = func.kind() else {
            return internal(vm, "an inlined frame without its function");
        };
        let code_v = f.code;
        let nlocals = code_ref(code_v).nlocals();
        let base = vm.stack.len();
        let ret_sp = match vm.stack.last() {
            // An operator method's frame: [a b method] below it.
            _ if fs.binop.is_some() => base - 3,
            Some(v) if v.is_null() => base - 2,
            _ => base - 1,
        };
        vm.stack.resize(base + nlocals, Value::NULL);
        for &(slot, v) in &fs.slots {
            let x = materialize_in(vm, c, vals, v, 0, &mut made)?;
            vm.stack[base + slot as usize] = x;
        }
        for &v in &fs.stack {
            let x = materialize_in(vm, c, vals, v, 0, &mut made)?;
            vm.stack.push(x);
        }
        if vm.frames.len() >= vm.recursion_limit + 50 {
            return vm.err(ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        vm.frames.push(Frame {
            code: code_v,
            func,
            pc,
            base: base as u32,
            ret_sp: ret_sp as u32,
            handler_base: vm.handlers.len() as u32,
            exc_base: vm.exc_info.len() as u32,
            entry: false,
            kind: match (fs.init, fs.binop) {
                (true, _) => FrameKind::Init(vm.stack[base]),
                (false, Some(op)) => FrameKind::BinOp(op),
                (false, None) => FrameKind::Call,
            },
        });
        vm.stats.calls += 1;
    }
    Ok(())
}
