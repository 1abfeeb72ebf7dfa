//! Recording: builds a region's IR by watching the interpreter run one iteration of a hot
//! loop (the interpreter's recording mode, `kiln_vm::hooks::Observer`).
//!
//! The recorder sees each instruction before the interpreter executes it, with the real
//! operands on the value stack, and emits IR for it specialized to what it sees: ints and
//! floats become raw arithmetic behind `unbox_*` guards, instance attributes become slot
//! loads behind a class-and-shape guard, list indexing becomes a bounds-checked load, and
//! everything else becomes a generic operation that calls back into the interpreter.
//! A symbolic copy of the frame (each local and stack entry is an IR value) follows along.
//! Every instruction that may leave the region takes a snapshot of that symbolic frame as
//! it was *before* the instruction, so leaving means: write the frame back and let the
//! interpreter run that instruction itself.
//!
//! Recording stops when the loop header is reached again in the same frame (the loop
//! closes), or aborts with a named [`Abort`] reason; an abort changes nothing the program
//! does, because the interpreter executed every instruction anyway.
//!
//! Shapes: `loop` records one loop of one frame and calls callees through the interpreter
//! (their instructions are not recorded). `trace` and `frame` are not implemented yet.

use kiln_vm::bytecode::{BinOp, CmpOp, Op, UnaryOp};
use kiln_vm::interp::code_ref;
use kiln_vm::object::{probe_method, probe_slot, probe_transition, CodeObj, DictPart, IterState, ObjKind};
use kiln_vm::value::Value;
use kiln_vm::vm::{FrameKind, Vm};

use crate::ir::*;

/// Why a recording was abandoned. The loop stays in the interpreter; a header that keeps
/// aborting is blacklisted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Abort {
    /// An instruction the recorder does not handle yet.
    NotYetSupported(String),
    /// The loop body went on for more instructions than `max_trace_ops`.
    TooLong,
    /// The loop was left (a `break`, `return`, exception or exhausted iterator) before it
    /// closed.
    LeftLoop,
    /// Another loop inside the body (it gets its own region).
    InnerLoop,
    /// An exception was raised while recording.
    Exception,
    /// A local was bound at the loop header but not at the end of the body (or the other
    /// way round), or the value stack height changed.
    FrameMismatch,
}

impl std::fmt::Display for Abort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Abort::NotYetSupported(what) => write!(f, "not yet supported: {what}"),
            Abort::TooLong => f.write_str("too long"),
            Abort::LeftLoop => f.write_str("left the loop"),
            Abort::InnerLoop => f.write_str("inner loop"),
            Abort::Exception => f.write_str("exception thrown"),
            Abort::FrameMismatch => f.write_str("frame shape changed"),
        }
    }
}

/// A finished recording: the region and the interpreter values its constants stand for.
pub struct Recorded {
    /// The region, not yet optimized.
    pub region: Region,
    /// `konsts[k]` is the value of constant `k` (the region's `konsts` has descriptions).
    pub values: Vec<Value>,
    /// The loop header's pc.
    pub header_pc: u32,
    /// Slots plus value-stack entries of the frame at the header.
    pub height: usize,
    /// Calls recorded inline.
    pub inlined: usize,
    /// Positions (from the first frame's base) of the locals that were bound when the
    /// recording began: the region reads them and assumes they still are.
    pub bound_locals: Vec<u32>,
}

/// What the recorder decided after an instruction.
pub enum Step {
    /// Keep recording.
    Continue,
    /// The loop closed: here is the region.
    Done(Box<Recorded>),
    /// Give up.
    Abort(Abort),
}

/// A recording in progress (one loop of one frame).
pub struct Recorder {
    code: Value,
    header: u32,
    depth: usize,
    base: usize,
    nlocals: usize,
    max_ops: usize,
    region: Region,
    values: Vec<Value>,
    slots: Vec<Option<Var>>,
    stack: Vec<Var>,
    types: Vec<Ty>,
    /// The pc the next observed instruction must have (None before the first).
    expect_pc: Option<usize>,
    started: bool,
    null: Option<Var>,
    code_k: KonstId,
    epoch: u64,
    /// Inline calls into Python functions (`trace`) instead of calling them (`loop`).
    inline: bool,
    /// The frames of inlined calls' callers, outermost first; the fields `code`,
    /// `code_k`, `nlocals`, `slots` and `stack` describe the innermost frame.
    callers: Vec<Caller>,
    /// Calls inlined so far.
    pub inlined: usize,
    /// Recording a function body from its entry to its return (the `frame` shape).
    frame_mode: bool,
    /// Recording a bridge: from this pc (a hot exit's) to the loop header, where it leaves.
    bridge_from: Option<u32>,
    /// Backward jumps a bridge took that did not close it (at most one: an enclosing
    /// loop's back-edge, so that a bridge from an inner loop's end can run the rest of
    /// the outer loop's body and come back to the inner loop).
    back_jumps: u32,
    /// Headers of other compiled loops of the same code: a bridge that reaches one ends
    /// there (and the optimizer enters that loop's region).
    join_headers: Vec<u32>,
    /// Slots plus value-stack entries of the frame when the recording began.
    start_height: usize,
    /// The values that were on the frame's value stack when the recording began.
    stack_params: Vec<Var>,
    /// Functions (code objects' bits) called without inlining them: they hold loops.
    pub no_inline: Vec<u64>,
    /// For a bridge from inside inlined calls, before it begins: how many callee frames
    /// are above the loop's frame (they become `callers` when it begins).
    above: usize,
    /// For a bridge from inside inlined calls: the function the exit was in.
    bridge_in: Option<String>,
    /// See [`Recorded::bound_locals`].
    bound_locals: Vec<u32>,
    /// Loop headers an entry trace has passed once (it ends there the second time).
    seen_headers: Vec<u32>,
    /// Set when the recording aborted at a loop inside an inlined callee: that callee.
    pub loop_callee: Option<u64>,
    /// Python functions (code objects' bits) the region calls without inlining them
    /// (they hold loops, or the call is recursive): candidates for entry traces.
    pub called: Vec<u64>,
    /// The constant holding the unbound `list.append` (pushed by a `LoadMethod`).
    list_append_fn: Option<Var>,
    /// Values that are `math` functions `MathF` computes: (value, name, the function).
    math_fns: Vec<(Var, &'static str, Value)>,
}

/// A caller's symbolic frame, saved while its callee is recorded inline.
struct Caller {
    code: Value,
    code_k: KonstId,
    nlocals: usize,
    slots: Vec<Option<Var>>,
    stack: Vec<Var>,
    /// Where the caller resumes (the instruction after the call).
    resume_pc: usize,
    /// The call is a class call running `__init__` inline: the callee returns its local 0
    /// (the new instance), which the recording keeps there.
    init: bool,
    /// The caller's stack height to cut back to when the callee returns (the callable's
    /// position: the callable, and the null or receiver after it, go).
    ret_at: usize,
    /// The call runs an operator method (its frame is a `BinOp` frame; see
    /// `FrameState::binop`).
    binop: Option<BinOp>,
}

/// Inlined frames deeper than this abort the recording.
pub const MAX_INLINE_DEPTH: usize = 8;

/// The IR name of a binary operator (`binop_from_name` reads it back).
pub fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::TrueDiv => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
        BinOp::MatMul => "matmul",
    }
}

/// The binary operator named `name` by [`binop_name`], and whether it is in place (`i`
/// prefix).
pub fn binop_from_name(name: &str) -> Option<(BinOp, bool)> {
    let (inplace, base) = match name.strip_prefix('i') {
        Some(rest) if rest != "n" => (true, rest),
        _ => (false, name),
    };
    let ops = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];
    ops.into_iter().find(|o| binop_name(*o) == base).map(|o| (o, inplace))
}

/// The comparison named `name` by the recorder.
pub fn cmpop_name(op: CmpOp) -> String {
    format!("{op:?}").to_lowercase()
}

/// The comparison operator named `name` by [`cmpop_name`].
pub fn cmpop_from_name(name: &str) -> Option<CmpOp> {
    use CmpOp::*;
    [Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn].into_iter().find(|c| cmpop_name(*c) == name)
}

/// The truth value of `c` when computing it runs no Python code.
fn static_truth(c: Value) -> Option<bool> {
    if let Some(b) = c.as_bool() {
        return Some(b);
    }
    if c.is_none() {
        return Some(false);
    }
    if let Some(i) = c.as_small_int() {
        return Some(i != 0);
    }
    if let Some(x) = c.as_float() {
        return Some(x != 0.0);
    }
    Some(match c.kind()? {
        ObjKind::Str(s) => !s.s.is_empty(),
        ObjKind::List(l) => !l.borrow().is_empty(),
        ObjKind::Tuple(t) => !t.is_empty(),
        ObjKind::Dict(d) => !d.borrow().is_empty(),
        _ => return None,
    })
}

/// Whether `v` is the built-in function `len`.
fn is_builtin_len(v: Value) -> bool {
    matches!(v.kind(), Some(ObjKind::Builtin(b)) if b.name == "len" && b.bound.is_null() && b.owner.is_null())
}

fn is_int(v: Value) -> bool {
    v.is_small_int() || matches!(v.kind(), Some(ObjKind::Int64(_)))
}

impl Recorder {
    /// Starts recording the loop whose header is `header` in the top frame of `vm`;
    /// `inline` follows calls of Python functions into their bodies (the `trace` shape).
    pub fn start(vm: &Vm, header: u32, max_ops: usize, inline: bool) -> Recorder {
        let fi = vm.frames.len() - 1;
        let frame = &vm.frames[fi];
        let code = code_ref(frame.code);
        let mut r = Recorder {
            code: frame.code,
            header,
            depth: vm.frames.len(),
            base: frame.base as usize,
            nlocals: code.nlocals(),
            max_ops,
            region: Region::default(),
            values: Vec::new(),
            slots: Vec::new(),
            stack: Vec::new(),
            types: Vec::new(),
            expect_pc: Some(header as usize),
            started: false,
            null: None,
            code_k: KonstId(0),
            epoch: vm.hook_epoch(),
            inline,
            frame_mode: false,
            bridge_from: None,
            back_jumps: 0,
            join_headers: Vec::new(),
            start_height: 0,
            stack_params: Vec::new(),
            callers: Vec::new(),
            inlined: 0,
            no_inline: Vec::new(),
            above: 0,
            bridge_in: None,
            bound_locals: Vec::new(),
            seen_headers: Vec::new(),
            loop_callee: None,
            called: Vec::new(),
            list_append_fn: None,
            math_fns: Vec::new(),
        };
        r.code_k = r.konst(frame.code, format!("code {} {}:{}", code.name, code.filename, code.first_line));
        r
    }

    /// Starts recording the body of the function whose frame was just pushed (the top
    /// frame, at pc 0) up to its return; calls are not inlined (the `frame` shape).
    pub fn start_frame(vm: &Vm, max_ops: usize) -> Recorder {
        let mut r = Recorder::start(vm, 0, max_ops, false);
        r.frame_mode = true;
        r
    }

    /// Starts recording an entry trace of the function whose frame was just pushed (the
    /// top frame, at pc 0): calls are inlined (the `trace` shape), and the trace ends at
    /// the function's `return` or at the first of `headers` (its loop headers) it reaches,
    /// where the optimizer continues into that loop's region.
    pub fn start_entry(vm: &Vm, max_ops: usize, headers: Vec<u32>) -> Recorder {
        let mut r = Recorder::start(vm, 0, max_ops, true);
        r.frame_mode = true;
        r.join_headers = headers;
        r
    }

    /// Starts recording a bridge: from the top frame's pc (where a region's hot exit left
    /// it) to the loop header `header`, where the bridge leaves through a snapshot of the
    /// header state (and the region is entered again).
    /// It also ends at any of `join_headers` (other compiled loops of the same code).
    pub fn start_bridge(
        vm: &Vm,
        header: u32,
        max_ops: usize,
        inline: bool,
        join_headers: Vec<u32>,
    ) -> Recorder {
        let mut r = Recorder::start(vm, header, max_ops, inline);
        r.join_headers = join_headers;
        let pc = vm.frames[vm.frames.len() - 1].pc;
        r.bridge_from = Some(pc);
        r.expect_pc = Some(pc as usize);
        r
    }

    /// Starts recording a bridge from an exit inside `above` inlined calls: the top frame
    /// is the innermost callee (where the exit left it), the loop's own frame is `above`
    /// frames below. The callee frames are recorded as inlined ones (their returns go back
    /// to their callers), and the bridge reads its entry values from all of the frames;
    /// it is run with those frames popped (their values stay on the VM's stack).
    pub fn start_bridge_deep(
        vm: &Vm,
        header: u32,
        max_ops: usize,
        join_headers: Vec<u32>,
        above: usize,
    ) -> Recorder {
        let mut r = Recorder::start_bridge(vm, header, max_ops, true, join_headers);
        let n = vm.frames.len();
        let (loop_frame, top) = (&vm.frames[n - 1 - above], &vm.frames[n - 1]);
        r.depth = n - above;
        r.above = above;
        r.base = loop_frame.base as usize;
        // Snapshots name an inlined frame by its function.
        let name = &code_ref(top.code).name;
        r.code_k = r.konst(top.func, format!("function {name}"));
        r.bridge_in = Some(format!(" in {name}"));
        r
    }

    /// Headers of other compiled loops of the same code where the recording ends (see
    /// `join_headers`).
    pub fn set_join_headers(&mut self, headers: Vec<u32>) {
        self.join_headers = headers;
    }

    fn konst(&mut self, v: Value, desc: String) -> KonstId {
        if let Some(i) = self.values.iter().position(|x| *x == v) {
            return KonstId(i as u32);
        }
        self.values.push(v);
        self.region.konsts.push(desc);
        KonstId(self.values.len() as u32 - 1)
    }

    fn new_var(&mut self, ty: Ty) -> Var {
        self.types.push(ty);
        Var(self.types.len() as u32 - 1)
    }

    fn ty(&self, v: Var) -> Ty {
        self.types[v.index()]
    }

    fn block(&mut self) -> &mut Block {
        self.region.blocks.last_mut().expect("a block")
    }

    fn emit(&mut self, op: Opcode, args: Vec<Var>, imms: Vec<Imm>, snap: Option<SnapId>) -> Option<Var> {
        let dst = op.sig().result.map(|t| (self.new_var(t), t));
        self.block().insts.push(Inst { dst, op, args, imms, snap });
        dst.map(|(v, _)| v)
    }

    fn emit_v(&mut self, op: Opcode, args: Vec<Var>, imms: Vec<Imm>, snap: Option<SnapId>) -> Var {
        self.emit(op, args, imms, snap).expect("the opcode has a result")
    }

    /// A snapshot of the symbolic frame before the instruction at `pc`.
    fn snap(&mut self, pc: usize) -> SnapId {
        let state = |code_k: KonstId,
                     pc: usize,
                     slots: &[Option<Var>],
                     stack: &[Var],
                     (init, binop): (bool, Option<BinOp>)| FrameState {
            code: code_k,
            pc: pc as u32,
            slots: slots.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i as u32, v))).collect(),
            stack: stack.to_vec(),
            init,
            binop,
        };
        // A frame is an `Init` frame when its caller made it by calling a class, a `BinOp`
        // frame when it runs an operator method.
        let mut frames: Vec<FrameState> = Vec::with_capacity(self.callers.len() + 1);
        let mut kind = (false, None);
        for c in &self.callers {
            frames.push(state(c.code_k, c.resume_pc, &c.slots, &c.stack, kind));
            kind = (c.init, c.binop);
        }
        frames.push(state(self.code_k, pc, &self.slots, &self.stack, kind));
        self.region.snaps.push(Snapshot { frames });
        SnapId(self.region.snaps.len() as u32 - 1)
    }

    fn pop(&mut self) -> Result<Var, Abort> {
        self.stack.pop().ok_or(Abort::FrameMismatch)
    }

    fn null_var(&mut self) -> Var {
        if let Some(v) = self.null {
            return v;
        }
        let k = self.konst(Value::NULL, "null".to_string());
        // Constants are defined in block0 so every later block sees them.
        let dst = self.new_var(Ty::Val);
        self.region.blocks[0].insts.push(Inst {
            dst: Some((dst, Ty::Val)),
            op: Opcode::ConstVal,
            args: vec![],
            imms: vec![Imm::Konst(k)],
            snap: None,
        });
        self.null = Some(dst);
        dst
    }

    /// The raw i64 of a value known to hold an int now (guarded).
    fn as_i64(&mut self, v: Var, snap: SnapId) -> Var {
        match self.ty(v) {
            Ty::I64 => v,
            _ => self.emit_v(Opcode::UnboxI64, vec![v], vec![], Some(snap)),
        }
    }

    fn as_f64(&mut self, v: Var, concrete: Value, snap: SnapId) -> Var {
        match self.ty(v) {
            Ty::F64 => return v,
            Ty::I64 => return self.emit_v(Opcode::IToF, vec![v], vec![], None),
            _ => {}
        }
        if is_int(concrete) {
            let i = self.as_i64(v, snap);
            self.emit_v(Opcode::IToF, vec![i], vec![], None)
        } else {
            self.emit_v(Opcode::UnboxF64, vec![v], vec![], Some(snap))
        }
    }

    fn begin(&mut self, vm: &Vm) {
        // block0: every bound local and every stack entry, read from the frames (the
        // recorded one, and for a bridge from inside inlined calls the frames above it:
        // the VM's stack holds them one after another, each callee's locals starting
        // where its caller's operands end).
        let mut b0 = Block::default();
        let mut b1 = Block::default();
        let mut args = Vec::new();
        let top = vm.stack.len();
        let first = self.depth - 1;
        let frames = &vm.frames[first..];
        let mut states: Vec<(Vec<Option<Var>>, Vec<Var>)> = Vec::with_capacity(frames.len());
        for (j, f) in frames.iter().enumerate() {
            let fb = f.base as usize;
            let nl = code_ref(f.code).nlocals();
            let end = frames.get(j + 1).map_or(top, |g| g.base as usize);
            let mut slots = vec![None; nl];
            let mut stack = Vec::new();
            for p in fb..end {
                let v = vm.stack[p];
                if p < fb + nl && v.is_null() {
                    continue;
                }
                let p0 = self.new_var(Ty::Val);
                b0.params.push((p0, Ty::Val));
                b0.param_slots.push((p - self.base) as u32);
                args.push(p0);
                let p1 = self.new_var(Ty::Val);
                b1.params.push((p1, Ty::Val));
                if p < fb + nl {
                    self.bound_locals.push((p - self.base) as u32);
                    slots[p - fb] = Some(p1);
                } else {
                    stack.push(p1);
                    self.stack_params.push(p1);
                }
            }
            states.push((slots, stack));
        }
        // The frames below the top one become the callers of the inlined calls.
        let (top_slots, top_stack) = states.pop().expect("the recorded frame");
        for (j, (slots, stack)) in states.into_iter().enumerate() {
            let (f, callee) = (&vm.frames[first + j], &vm.frames[first + j + 1]);
            let code = code_ref(f.code);
            let code_k = if j == 0 {
                self.konst(f.code, format!("code {} {}:{}", code.name, code.filename, code.first_line))
            } else {
                self.konst(f.func, format!("function {}", code.name))
            };
            self.callers.push(Caller {
                code: f.code,
                code_k,
                nlocals: code.nlocals(),
                slots,
                stack,
                resume_pc: f.pc as usize,
                init: matches!(callee.kind, FrameKind::Init(_)),
                ret_at: (callee.ret_sp as usize).saturating_sub(f.base as usize + code.nlocals()),
                binop: match callee.kind {
                    FrameKind::BinOp(op) => Some(op),
                    _ => None,
                },
            });
        }
        self.slots = top_slots;
        self.stack = top_stack;
        b0.term = Some(Term::Jump(BlockId(1), args));
        self.region.blocks.push(b0);
        self.region.blocks.push(b1);
        // The loop header's own guard: the hook epoch, whose snapshot is the header state
        // (the executor also leaves through it when a collection is due).
        self.start_height = top - self.base;
        let s = self.snap(self.bridge_from.unwrap_or(self.header) as usize);
        self.emit(Opcode::GuardEpoch, vec![], vec![Imm::Int(self.epoch as i64)], Some(s));
        self.started = true;
    }

    /// Observes the instruction `op` at `pc` of the top frame, before it runs.
    pub fn step(&mut self, vm: &mut Vm, pc: usize, op: Op) -> Step {
        match self.step_inner(vm, pc, op) {
            Ok(Some(done)) => Step::Done(Box::new(done)),
            Ok(None) => Step::Continue,
            Err(a) => Step::Abort(a),
        }
    }

    fn step_inner(&mut self, vm: &mut Vm, pc: usize, op: Op) -> Result<Option<Recorded>, Abort> {
        let depth = vm.frames.len();
        let want = self.depth + if self.started { self.callers.len() } else { self.above };
        if depth > want {
            // A callee the interpreter runs for a generic call: not recorded.
            return Ok(None);
        }
        if depth < want || vm.frames[depth - 1].code != self.code {
            return Err(Abort::LeftLoop);
        }
        if let Some(e) = self.expect_pc {
            if e != pc {
                return Err(if self.started { Abort::LeftLoop } else { Abort::FrameMismatch });
            }
        }
        if !self.started {
            self.begin(vm);
        } else if pc == self.header as usize && self.callers.is_empty() && !self.frame_mode {
            if self.bridge_from.is_some() {
                return self.close_bridge(pc, "").map(Some);
            }
            return self.close(vm).map(Some);
        } else if self.callers.is_empty() && self.join_headers.contains(&(pc as u32)) {
            // Another compiled loop's header (or, from a function's entry, any loop
            // header): a bridge, or an entry trace, ends here. An entry trace goes once
            // round the loop first and ends when its back-edge comes to the header: the
            // locals the body binds (a `for` loop's variable) are then bound, as the
            // loop's region, recorded at a back-edge, expects them.
            let entry_trace = self.frame_mode && self.inline;
            if !entry_trace || self.seen_headers.contains(&(pc as u32)) {
                return self.close_bridge(pc, "").map(Some);
            }
            self.seen_headers.push(pc as u32);
        }
        if self.frame_mode && op == Op::Return && self.callers.is_empty() {
            return self.close_frame().map(Some);
        }
        if op == Op::Return && self.bridge_from.is_some() && self.callers.is_empty() {
            // A bridge that returns from the loop's function (a search loop's `return`):
            // it ends here, and the interpreter runs the `return`.
            return self.close_bridge(pc, " (return)").map(Some);
        }
        if self.region.inst_count() > self.max_ops {
            return Err(Abort::TooLong);
        }
        self.expect_pc = Some(pc + 1);
        self.record(vm, pc, op)?;
        Ok(None)
    }

    /// Ends a bridge (or an entry trace) at a loop header or a `return`: it leaves through
    /// a snapshot of the state there.
    fn close_bridge(&mut self, at: usize, what: &str) -> Result<Recorded, Abort> {
        let s = self.snap(at);
        let code = code_ref(self.code);
        let name = match self.bridge_from {
            Some(from) => {
                let inside = self.bridge_in.as_deref().unwrap_or("");
                format!("bridge {}:{} pc {from}{inside} -> {at}{what}", code.name, code.first_line)
            }
            None if self.frame_mode => format!("trace {}:{} entry -> {}", code.name, code.first_line, at),
            None => format!("trace {}:{} pc {} -> {}", code.name, code.first_line, self.header, at),
        };
        Ok(self.recorded(Term::Exit(s), name, self.start_height))
    }

    /// The finished region: the last block gets `term`, the region its name.
    fn recorded(&mut self, term: Term, name: String, height: usize) -> Recorded {
        self.block().term = Some(term);
        let mut region = std::mem::take(&mut self.region);
        region.name = name;
        Recorded {
            region,
            values: std::mem::take(&mut self.values),
            header_pc: self.header,
            height,
            inlined: self.inlined,
            bound_locals: std::mem::take(&mut self.bound_locals),
        }
    }

    /// Ends a frame recording at the entry frame's `Return`.
    fn close_frame(&mut self) -> Result<Recorded, Abort> {
        let v = self.pop()?;
        let v = self.boxed(v);
        let code = code_ref(self.code);
        let name = if self.inline {
            format!("trace {}:{} entry -> return", code.name, code.first_line)
        } else {
            format!("frame {}:{}", code.name, code.first_line)
        };
        Ok(self.recorded(Term::Return(v), name, self.nlocals))
    }

    fn close(&mut self, vm: &Vm) -> Result<Recorded, Abort> {
        // The header state must have the shape of block1's parameters.
        let b0 = &self.region.blocks[0];
        let mut args = Vec::new();
        let mut stack_i = 0;
        for &slot in &b0.param_slots {
            let slot = slot as usize;
            let v = if slot < self.nlocals {
                self.slots[slot]
            } else {
                let v = self.stack.get(stack_i).copied();
                stack_i += 1;
                v
            };
            args.push(v.ok_or(Abort::FrameMismatch)?);
        }
        let bound_now = self.slots.iter().filter(|s| s.is_some()).count();
        let bound_then = b0.param_slots.iter().filter(|&&s| (s as usize) < self.nlocals).count();
        if stack_i != self.stack.len()
            || bound_now != bound_then
            || vm.stack.len().saturating_sub(self.base + self.nlocals) != self.stack.len()
        {
            return Err(Abort::FrameMismatch);
        }
        // Block parameters are val; raw values are boxed at the jump.
        let mut boxed = Vec::new();
        for a in args {
            boxed.push(self.boxed(a));
        }
        let code = code_ref(self.code);
        let shape = if self.inline { "trace" } else { "loop" };
        let name = format!("{shape} {}:{} pc {}", code.name, code.first_line, self.header);
        let height = self.nlocals + self.stack.len();
        Ok(self.recorded(Term::Jump(BlockId(1), boxed), name, height))
    }

    fn boxed(&mut self, v: Var) -> Var {
        match self.ty(v) {
            Ty::Val => v,
            Ty::I64 => self.emit_v(Opcode::BoxI64, vec![v], vec![], None),
            Ty::F64 => self.emit_v(Opcode::BoxF64, vec![v], vec![], None),
            Ty::Bool => self.emit_v(Opcode::BoxBool, vec![v], vec![], None),
        }
    }

    fn concrete(&self, vm: &Vm, from_top: usize) -> Value {
        vm.stack[vm.stack.len() - 1 - from_top]
    }

    fn record(&mut self, vm: &mut Vm, pc: usize, op: Op) -> Result<(), Abort> {
        let code: &CodeObj = code_ref(self.code);
        match op {
            Op::Nop => {}
            Op::LoadFast(i) => {
                let v =
                    self.slots[i as usize].ok_or_else(|| Abort::NotYetSupported("unbound local".into()))?;
                self.stack.push(v);
            }
            Op::StoreFast(i) => {
                if i == 0 && self.callers.last().is_some_and(|c| c.init) {
                    return Err(Abort::NotYetSupported("rebinding self in an inlined __init__".into()));
                }
                let v = self.pop()?;
                let v = self.boxed(v);
                self.slots[i as usize] = Some(v);
            }
            Op::LoadConst(i) => {
                let c = code.consts[i as usize];
                let v = if let Some(n) = c.as_small_int() {
                    let r = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(n)], None);
                    self.emit_v(Opcode::BoxI64, vec![r], vec![], None)
                } else if let Some(x) = c.as_float() {
                    let r = self.emit_v(Opcode::ConstF64, vec![], vec![Imm::Float(x)], None);
                    self.emit_v(Opcode::BoxF64, vec![r], vec![], None)
                } else {
                    let desc = format!("const {}", vm.type_name(c));
                    let k = self.konst(c, desc);
                    self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None)
                };
                self.stack.push(v);
            }
            Op::Pop => {
                self.pop()?;
            }
            Op::Dup => {
                let v = *self.stack.last().ok_or(Abort::FrameMismatch)?;
                self.stack.push(v);
            }
            Op::Rot2 => {
                let n = self.stack.len();
                if n < 2 {
                    return Err(Abort::FrameMismatch);
                }
                self.stack.swap(n - 1, n - 2);
            }
            Op::Dup2 => {
                let n = self.stack.len();
                if n < 2 {
                    return Err(Abort::FrameMismatch);
                }
                let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                self.stack.push(a);
                self.stack.push(b);
            }
            Op::GetIter => {
                let s = self.snap(pc);
                let v = self.pop()?;
                let v = self.boxed(v);
                let it = self.emit_v(Opcode::GetIter, vec![v], vec![], Some(s));
                self.stack.push(it);
            }
            Op::LoadDeref(i) => {
                let cell = self.slots[i as usize].ok_or(Abort::FrameMismatch)?;
                let s = self.snap(pc);
                let v = self.emit_v(Opcode::CellGet, vec![cell], vec![], Some(s));
                self.stack.push(v);
            }
            Op::StoreDeref(i) => {
                let cell = self.slots[i as usize].ok_or(Abort::FrameMismatch)?;
                let v = self.pop()?;
                let v = self.boxed(v);
                self.emit(Opcode::CellSet, vec![cell, v], vec![], None);
            }
            Op::ListAppend(n) => {
                // As the interpreter: pop the value, the list is `n` entries below the top.
                let s = self.snap(pc);
                let v = self.pop()?;
                let v = self.boxed(v);
                let at = self.stack.len().checked_sub(n as usize + 1).ok_or(Abort::FrameMismatch)?;
                let l = self.stack[at];
                self.emit(Opcode::GuardType, vec![l], vec![Imm::Name("list".into())], Some(s));
                self.emit(Opcode::ListAppend, vec![l, v], vec![], None);
            }
            Op::FormatValue(flags) => {
                let s = self.snap(pc);
                let spec = if flags & 4 != 0 {
                    let v = self.pop()?;
                    self.boxed(v)
                } else {
                    self.null_var()
                };
                let v = self.pop()?;
                let v = self.boxed(v);
                let r =
                    self.emit_v(Opcode::FormatField, vec![v, spec], vec![Imm::Int(flags as i64)], Some(s));
                self.stack.push(r);
            }
            Op::BuildString(n) => {
                let n = n as usize;
                if self.stack.len() < n {
                    return Err(Abort::FrameMismatch);
                }
                let parts: Vec<Var> = self.stack.split_off(self.stack.len() - n);
                let parts: Vec<Var> = parts.into_iter().map(|v| self.boxed(v)).collect();
                let r = self.emit_v(Opcode::BuildStr, parts, vec![], None);
                self.stack.push(r);
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { Some(self.pop()?) } else { None };
                let stop = self.pop()?;
                let start = self.pop()?;
                let step = match step {
                    Some(v) => self.boxed(v),
                    None => {
                        let k = self.konst(Value::NONE, "None".to_string());
                        self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None)
                    }
                };
                let (start, stop) = (self.boxed(start), self.boxed(stop));
                let sl = self.emit_v(Opcode::NewSlice, vec![start, stop, step], vec![], None);
                self.stack.push(sl);
            }
            Op::Unary(u) => {
                let c = self.concrete(vm, 0);
                let s = self.snap(pc);
                let v = self.pop()?;
                let r = match u {
                    UnaryOp::Neg if is_int(c) => {
                        let x = self.as_i64(v, s);
                        let r = self.emit_v(Opcode::INegOvf, vec![x], vec![], Some(s));
                        self.emit_v(Opcode::BoxI64, vec![r], vec![], None)
                    }
                    UnaryOp::Neg if c.is_float() => {
                        let x = self.as_f64(v, c, s);
                        let r = self.emit_v(Opcode::FNeg, vec![x], vec![], None);
                        self.emit_v(Opcode::BoxF64, vec![r], vec![], None)
                    }
                    UnaryOp::Not if c.as_bool().is_some() => {
                        let b = self.truth(v, c, s);
                        let r = self.emit_v(Opcode::BNot, vec![b], vec![], None);
                        self.emit_v(Opcode::BoxBool, vec![r], vec![], None)
                    }
                    _ => {
                        let name = format!("{u:?}").to_lowercase();
                        let v = self.boxed(v);
                        self.emit_v(Opcode::Unary, vec![v], vec![Imm::Name(name)], Some(s))
                    }
                };
                self.stack.push(r);
            }
            Op::Rot3 => {
                let top = self.pop()?;
                let n = self.stack.len();
                if n < 2 {
                    return Err(Abort::FrameMismatch);
                }
                self.stack.insert(n - 2, top);
            }
            Op::Jump(t) => {
                if (t as usize) < pc
                    && (self.frame_mode || t != self.header || !self.callers.is_empty())
                    && !self.outer_back_edge()
                {
                    return self.inner_loop_at(t);
                }
                self.expect_pc = Some(t as usize);
            }
            Op::BinaryOp(b, _) | Op::InplaceOp(b, _)
                if self.inline && self.dunder_of(vm, b, matches!(op, Op::InplaceOp(..))).is_some() =>
            {
                self.inline_dunder(vm, pc, b, matches!(op, Op::InplaceOp(..)))?;
            }
            Op::BinaryOp(b, _) | Op::InplaceOp(b, _) => {
                let inplace = matches!(op, Op::InplaceOp(..));
                let (ca, cb) = (self.concrete(vm, 1), self.concrete(vm, 0));
                let s = self.snap(pc);
                let b_v = self.pop()?;
                let a_v = self.pop()?;
                let int_op = match b {
                    BinOp::Add => Some(Opcode::IAddOvf),
                    BinOp::Sub => Some(Opcode::ISubOvf),
                    BinOp::Mul => Some(Opcode::IMulOvf),
                    BinOp::FloorDiv => Some(Opcode::IFloorDiv),
                    BinOp::Mod => Some(Opcode::IMod),
                    BinOp::And => Some(Opcode::IAnd),
                    BinOp::Or => Some(Opcode::IOr),
                    BinOp::Xor => Some(Opcode::IXor),
                    BinOp::RShift => Some(Opcode::IShr),
                    _ => None,
                };
                let float_op = match b {
                    BinOp::Add => Some(Opcode::FAdd),
                    BinOp::Sub => Some(Opcode::FSub),
                    BinOp::Mul => Some(Opcode::FMul),
                    BinOp::TrueDiv => Some(Opcode::FDiv),
                    _ => None,
                };
                let both_int = is_int(ca) && is_int(cb);
                let floaty = (ca.is_float() || is_int(ca)) && (cb.is_float() || is_int(cb));
                let r = if let (true, Some(iop)) = (both_int, int_op) {
                    let x = self.as_i64(a_v, s);
                    let y = self.as_i64(b_v, s);
                    let snap = iop.sig().exits.then_some(s);
                    let r = self.emit_v(iop, vec![x, y], vec![], snap);
                    self.emit_v(Opcode::BoxI64, vec![r], vec![], None)
                } else if let (true, Some(fop)) = (
                    floaty && (!both_int || (b == BinOp::TrueDiv && exact_in_f64(ca) && exact_in_f64(cb))),
                    float_op,
                ) {
                    if both_int {
                        // int / int is correctly rounded from the exact quotient: dividing
                        // the floats is that only while both ints convert exactly.
                        for v in [a_v, b_v] {
                            let i = self.as_i64(v, s);
                            self.guard_below_2_53(i, s);
                        }
                    }
                    let x = self.as_f64(a_v, ca, s);
                    let y = self.as_f64(b_v, cb, s);
                    let snap = fop.sig().exits.then_some(s);
                    let r = self.emit_v(fop, vec![x, y], vec![], snap);
                    self.emit_v(Opcode::BoxF64, vec![r], vec![], None)
                } else {
                    let name = format!("{}{}", if inplace { "i" } else { "" }, binop_name(b));
                    let (a_v, b_v) = (self.boxed(a_v), self.boxed(b_v));
                    self.emit_v(Opcode::BinOp, vec![a_v, b_v], vec![Imm::Name(name)], Some(s))
                };
                self.stack.push(r);
            }
            Op::Compare(c) => {
                let (ca, cb) = (self.concrete(vm, 1), self.concrete(vm, 0));
                let s = self.snap(pc);
                let b_v = self.pop()?;
                let a_v = self.pop()?;
                let ordered =
                    matches!(c, CmpOp::Lt | CmpOp::Le | CmpOp::Eq | CmpOp::Ne | CmpOp::Gt | CmpOp::Ge);
                let iop = |c: CmpOp| match c {
                    CmpOp::Lt => Opcode::ILt,
                    CmpOp::Le => Opcode::ILe,
                    CmpOp::Eq => Opcode::IEq,
                    CmpOp::Ne => Opcode::INe,
                    CmpOp::Gt => Opcode::IGt,
                    _ => Opcode::IGe,
                };
                let fop = |c: CmpOp| match c {
                    CmpOp::Lt => Opcode::FLt,
                    CmpOp::Le => Opcode::FLe,
                    CmpOp::Eq => Opcode::FEq,
                    CmpOp::Ne => Opcode::FNe,
                    CmpOp::Gt => Opcode::FGt,
                    _ => Opcode::FGe,
                };
                let r = if ordered && is_int(ca) && is_int(cb) {
                    let x = self.as_i64(a_v, s);
                    let y = self.as_i64(b_v, s);
                    let r = self.emit_v(iop(c), vec![x, y], vec![], None);
                    self.emit_v(Opcode::BoxBool, vec![r], vec![], None)
                } else if ordered && ca.is_float() && cb.is_float() {
                    let x = self.as_f64(a_v, ca, s);
                    let y = self.as_f64(b_v, cb, s);
                    let r = self.emit_v(fop(c), vec![x, y], vec![], None);
                    self.emit_v(Opcode::BoxBool, vec![r], vec![], None)
                } else if matches!(c, CmpOp::Eq | CmpOp::Ne)
                    && matches!(ca.kind(), Some(ObjKind::Str(_)))
                    && matches!(cb.kind(), Some(ObjKind::Str(_)))
                {
                    // Two strs: compared without the interpreter's generic path.
                    let (a_v, b_v) = (self.boxed(a_v), self.boxed(b_v));
                    self.emit(Opcode::GuardType, vec![a_v], vec![Imm::Name("str".into())], Some(s));
                    self.emit(Opcode::GuardType, vec![b_v], vec![Imm::Name("str".into())], Some(s));
                    let mut r = self.emit_v(Opcode::StrEq, vec![a_v, b_v], vec![], None);
                    if c == CmpOp::Ne {
                        r = self.emit_v(Opcode::BNot, vec![r], vec![], None);
                    }
                    self.emit_v(Opcode::BoxBool, vec![r], vec![], None)
                } else if matches!(c, CmpOp::Is | CmpOp::IsNot) {
                    // Identity is the same bits, as in the interpreter.
                    let (a_v, b_v) = (self.boxed(a_v), self.boxed(b_v));
                    let mut r = self.emit_v(Opcode::Same, vec![a_v, b_v], vec![], None);
                    if c == CmpOp::IsNot {
                        r = self.emit_v(Opcode::BNot, vec![r], vec![], None);
                    }
                    self.emit_v(Opcode::BoxBool, vec![r], vec![], None)
                } else {
                    let (a_v, b_v) = (self.boxed(a_v), self.boxed(b_v));
                    self.emit_v(Opcode::Compare, vec![a_v, b_v], vec![Imm::Name(cmpop_name(c))], Some(s))
                };
                self.stack.push(r);
            }
            Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t) => {
                let c = self.concrete(vm, 0);
                let truth = static_truth(c).ok_or_else(|| {
                    Abort::NotYetSupported("branch on an object with __bool__ or __len__".into())
                })?;
                let s = self.snap(pc);
                let v = *self.stack.last().ok_or(Abort::FrameMismatch)?;
                let b = self.truth(v, c, s);
                let guard = if truth { Opcode::GuardTrue } else { Opcode::GuardFalse };
                self.emit(guard, vec![b], vec![], Some(s));
                let jumps = match op {
                    Op::PopJumpIfFalse(_) | Op::JumpIfFalseOrPop(_) => !truth,
                    _ => truth,
                };
                let keeps = matches!(op, Op::JumpIfFalseOrPop(_) | Op::JumpIfTrueOrPop(_)) && jumps;
                if !keeps {
                    self.pop()?;
                }
                if jumps {
                    if (t as usize) < pc
                        && (self.frame_mode || t != self.header || !self.callers.is_empty())
                        && !self.outer_back_edge()
                    {
                        return self.inner_loop_at(t);
                    }
                    self.expect_pc = Some(t as usize);
                }
            }
            Op::ForIter(_) => {
                let it = *self.stack.last().ok_or(Abort::FrameMismatch)?;
                let c = self.concrete(vm, 0);
                let s = self.snap(pc);
                if self.bridge_from.is_some() && crate::exec::iter_exhausted(c) {
                    // A bridge from a loop's end: the loop is over, `for` jumps past it.
                    let done = self.emit_v(Opcode::IterDone, vec![it], vec![], None);
                    self.emit(Opcode::GuardTrue, vec![done], vec![], Some(s));
                    self.pop()?;
                    let Op::ForIter(t) = op else { return Err(Abort::FrameMismatch) };
                    self.expect_pc = Some(t as usize);
                    return Ok(());
                }
                let is_range = matches!(c.kind(), Some(ObjKind::Iter(st)) if matches!(&*st.borrow(), IterState::Range { .. }));
                let is_seq = matches!(c.kind(), Some(ObjKind::Iter(st)) if matches!(&*st.borrow(),
                    IterState::Seq(seq, _) if matches!(seq.kind(), Some(ObjKind::List(_) | ObjKind::Tuple(_)))));
                let v = if is_range {
                    let n = self.emit_v(Opcode::RangeNext, vec![it], vec![], Some(s));
                    self.emit_v(Opcode::BoxI64, vec![n], vec![], None)
                } else if is_seq {
                    self.emit_v(Opcode::SeqNext, vec![it], vec![], Some(s))
                } else if let Some(n) = zip_of_seqs(c) {
                    // `zip` over lists or tuples: every item is read, then all are taken.
                    let mut items = Vec::with_capacity(n);
                    for k in 0..n {
                        let imms = vec![Imm::Int(n as i64), Imm::Int(k as i64)];
                        items.push(self.emit_v(Opcode::ZipItem, vec![it], imms, Some(s)));
                    }
                    self.emit(Opcode::ZipStep, vec![it], vec![Imm::Int(n as i64)], None);
                    self.emit_v(Opcode::NewTuple, items, vec![], None)
                } else if let Some(part) = dict_iter_part(c) {
                    // A dict's keys, values or items: the entry's position, then its parts.
                    let imms = vec![Imm::Int(crate::exec::dict_part_code(part))];
                    let p = self.emit_v(Opcode::DictNext, vec![it], imms, Some(s));
                    match part {
                        DictPart::Keys => self.emit_v(Opcode::DictKey, vec![it, p], vec![], None),
                        DictPart::Values => self.emit_v(Opcode::DictValue, vec![it, p], vec![], None),
                        DictPart::Items => {
                            let k = self.emit_v(Opcode::DictKey, vec![it, p], vec![], None);
                            let v = self.emit_v(Opcode::DictValue, vec![it, p], vec![], None);
                            self.emit_v(Opcode::NewTuple, vec![k, v], vec![], None)
                        }
                    }
                } else if crate::exec::enum_count(c).is_some() {
                    // `enumerate` over a list or tuple: the pair is built here, so that
                    // unpacking it (`for i, x in enumerate(xs)`) reads its parts.
                    let n = self.emit_v(Opcode::EnumCount, vec![it], vec![], Some(s));
                    let x = self.emit_v(Opcode::EnumNext, vec![it], vec![], Some(s));
                    let i = self.emit_v(Opcode::BoxI64, vec![n], vec![], None);
                    self.emit_v(Opcode::NewTuple, vec![i, x], vec![], None)
                } else {
                    let v = self.emit_v(Opcode::IterNext, vec![it], vec![], Some(s));
                    // Exhausted: the loop is over; the exit resumes past it, with the
                    // iterator gone (resuming at the `for` would ask it again, and
                    // iterators are not bound to stay exhausted).
                    let Op::ForIter(t) = op else { return Err(Abort::FrameMismatch) };
                    let iter = self.pop()?;
                    let end = self.snap(t as usize);
                    self.stack.push(iter);
                    self.emit(Opcode::IterEnd, vec![v], vec![], Some(end));
                    v
                };
                self.stack.push(v);
            }
            Op::LoadGlobal(i, _) => {
                let slot = code.global_slots[i as usize];
                let s = self.snap(pc);
                let v = self.emit_v(Opcode::Global, vec![], vec![Imm::Int(slot as i64)], Some(s));
                self.stack.push(v);
            }
            Op::StoreGlobal(i) => {
                let slot = code.global_slots[i as usize];
                let v = self.pop()?;
                let v = self.boxed(v);
                self.emit(Opcode::SetGlobal, vec![v], vec![Imm::Int(slot as i64)], None);
            }
            Op::LoadAttr(i, c) => {
                let obj = self.concrete(vm, 0);
                let s = self.snap(pc);
                let o = self.pop()?;
                let o = self.boxed(o);
                if let Some(v) = self.module_attr(vm, o, obj, code.names[i as usize], s) {
                    self.stack.push(v);
                    return Ok(());
                }
                let v = match obj.kind() {
                    Some(ObjKind::Instance(inst)) => {
                        match probe_slot(
                            &code.caches[c as usize],
                            inst.class.bits(),
                            vm.layout_version,
                            inst.shape.get(),
                        ) {
                            Some(idx) => {
                                self.guard_class(vm, o, obj, inst.class, inst.shape.get(), s);
                                self.guard_layout(vm, s);
                                Some(self.emit_v(Opcode::GetSlot, vec![o], vec![Imm::Int(idx as i64)], None))
                            }
                            None => None,
                        }
                    }
                    _ => None,
                };
                let v = match v {
                    Some(v) => v,
                    None => {
                        let name = vm.sym_str(code.names[i as usize]).to_string();
                        self.emit_v(Opcode::GetAttr, vec![o], vec![Imm::Name(name)], Some(s))
                    }
                };
                self.stack.push(v);
            }
            Op::StoreAttr(i, c) => {
                let obj = self.concrete(vm, 0);
                let s = self.snap(pc);
                let o = self.pop()?;
                let v = self.pop()?;
                let (o, v) = (self.boxed(o), self.boxed(v));
                let slot = match obj.kind() {
                    Some(ObjKind::Instance(inst)) => probe_slot(
                        &code.caches[c as usize],
                        inst.class.bits(),
                        vm.layout_version,
                        inst.shape.get(),
                    )
                    .map(|idx| (idx, inst.class, inst.shape.get())),
                    _ => None,
                };
                // A new attribute whose shape transition the site has cached.
                let add = match (&slot, obj.kind()) {
                    (None, Some(ObjKind::Instance(inst))) => probe_transition(
                        &code.caches[c as usize],
                        inst.class.bits(),
                        vm.type_version,
                        inst.shape.get(),
                    )
                    .map(|(idx, new_shape)| (idx, new_shape, inst.class, inst.shape.get())),
                    _ => None,
                };
                match (slot, add) {
                    (Some((idx, cls, shape)), _) => {
                        self.guard_class(vm, o, obj, cls, shape, s);
                        self.guard_layout(vm, s);
                        self.emit(Opcode::SetSlot, vec![o, v], vec![Imm::Int(idx as i64)], None);
                    }
                    (None, Some((idx, new_shape, cls, shape))) => {
                        self.guard_class(vm, o, obj, cls, shape, s);
                        let tv = vm.type_version as i64;
                        self.emit(Opcode::GuardVersion, vec![], vec![Imm::Int(tv)], Some(s));
                        self.emit(
                            Opcode::AddSlot,
                            vec![o, v],
                            vec![Imm::Int(new_shape as i64), Imm::Int(idx as i64)],
                            None,
                        );
                    }
                    (None, None) => {
                        let name = vm.sym_str(code.names[i as usize]).to_string();
                        self.emit(Opcode::SetAttr, vec![o, v], vec![Imm::Name(name)], Some(s));
                    }
                }
            }
            Op::LoadMethod(i, c) => {
                let obj = self.concrete(vm, 0);
                let s = self.snap(pc);
                let o = self.pop()?;
                let o = self.boxed(o);
                // An instance whose method the site has cached: the interpreter pushes the
                // function and the instance, and so does the recording (guarded by class,
                // shape and the type version), so that the call can be inlined.
                // A site whose cache has lost the class (a polymorphic one) looks the
                // method up as the interpreter does; the guards are the same.
                if let Some(ObjKind::Instance(inst)) = obj.kind() {
                    let (cls, shape) = (inst.class, inst.shape.get());
                    if let Some(m) =
                        probe_method(&code.caches[c as usize], cls.bits(), vm.type_version, shape)
                            .or_else(|| vm.instance_method(obj, code.names[i as usize]))
                    {
                        self.guard_class(vm, o, obj, cls, shape, s);
                        let tv = vm.type_version as i64;
                        self.emit(Opcode::GuardVersion, vec![], vec![Imm::Int(tv)], Some(s));
                        let mk = self.konst(m, format!("method {}", vm.sym_str(code.names[i as usize])));
                        let mv = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(mk)], None);
                        self.stack.push(mv);
                        self.stack.push(o);
                        return Ok(());
                    }
                }
                if let Some(v) = self.module_attr(vm, o, obj, code.names[i as usize], s) {
                    let null = self.null_var();
                    self.stack.push(v);
                    self.stack.push(null);
                    return Ok(());
                }
                let name = vm.sym_str(code.names[i as usize]).to_string();
                // A method of a built-in type the site has cached (`xs.append`, `d.get`):
                // the interpreter pushes the unbound built-in and the receiver, and so
                // does the recording (guarded by the receiver's type), so that no bound
                // method is made; `list.append` becomes `list_append` at the call.
                let builtin_ty = match obj.kind() {
                    Some(ObjKind::List(_)) => Some("list"),
                    Some(ObjKind::Tuple(_)) => Some("tuple"),
                    Some(ObjKind::Str(_)) => Some("str"),
                    Some(ObjKind::Dict(_)) => Some("dict"),
                    _ => None,
                };
                if let Some(tn) = builtin_ty {
                    let t = vm.type_of(obj);
                    if let Some(m) = probe_method(&code.caches[c as usize], t.bits(), vm.type_version, 0) {
                        self.emit(Opcode::GuardType, vec![o], vec![Imm::Name(tn.to_string())], Some(s));
                        let mk = self.konst(m, format!("method {tn}.{name}"));
                        let mv = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(mk)], None);
                        if tn == "list" && name == "append" {
                            self.list_append_fn = Some(mv);
                        }
                        self.stack.push(mv);
                        self.stack.push(o);
                        return Ok(());
                    }
                }
                let m = self.emit_v(Opcode::GetAttr, vec![o], vec![Imm::Name(name)], Some(s));
                let null = self.null_var();
                self.stack.push(m);
                self.stack.push(null);
            }
            Op::PushNull => {
                let null = self.null_var();
                self.stack.push(null);
            }
            Op::Call(1)
                if self.list_append_fn.is_some()
                    && self.stack.len() >= 3
                    && Some(self.stack[self.stack.len() - 3]) == self.list_append_fn =>
            {
                // `xs.append(x)` on a list (the receiver's type was guarded at the load).
                let x = self.pop()?;
                let l = self.pop()?;
                self.pop()?;
                let (l, x) = (self.boxed(l), self.boxed(x));
                self.emit(Opcode::ListAppend, vec![l, x], vec![], None);
                let k = self.konst(Value::NONE, "None".to_string());
                let none = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None);
                self.stack.push(none);
            }
            Op::Call(1)
                if self.stack.len() >= 3
                    && Some(self.stack[self.stack.len() - 2]) == self.null
                    && self.concrete(vm, 0).is_float()
                    && self.math_fns.iter().any(|m| m.0 == self.stack[self.stack.len() - 3]) =>
            {
                // `math.sqrt(x)` on a float: guarded to be that function, computed here.
                let s = self.snap(pc);
                let x = self.pop()?;
                self.pop()?;
                let f = self.pop()?;
                let (_, name, fv) = *self.math_fns.iter().find(|m| m.0 == f).ok_or(Abort::FrameMismatch)?;
                let fk = self.konst(fv, format!("math.{name}"));
                let expect = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(fk)], None);
                self.emit(Opcode::GuardIs, vec![f, expect], vec![], Some(s));
                let xf = self.as_f64(x, Value::float(0.0), s);
                let r = self.emit_v(Opcode::MathF, vec![xf], vec![Imm::Name(name.to_string())], Some(s));
                let r = self.emit_v(Opcode::BoxF64, vec![r], vec![], None);
                self.stack.push(r);
            }
            Op::Call(1)
                if self.stack.len() >= 3
                    && Some(self.stack[self.stack.len() - 2]) == self.null
                    && is_builtin_len(self.concrete(vm, 2))
                    && matches!(self.concrete(vm, 0).kind(), Some(ObjKind::List(_) | ObjKind::Tuple(_))) =>
            {
                // `len(xs)` of a list or tuple: guarded to be the built-in `len`, then the
                // length read directly.
                let s = self.snap(pc);
                let is_list = matches!(self.concrete(vm, 0).kind(), Some(ObjKind::List(_)));
                let len_fn = self.concrete(vm, 2);
                let x = self.pop()?;
                self.pop()?;
                let f = self.pop()?;
                let (f, x) = (self.boxed(f), self.boxed(x));
                let k = self.konst(len_fn, "builtin len".to_string());
                let expect = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None);
                self.emit(Opcode::GuardIs, vec![f, expect], vec![], Some(s));
                let (tn, op) = if is_list { ("list", Opcode::ListLen) } else { ("tuple", Opcode::TupleLen) };
                self.emit(Opcode::GuardType, vec![x], vec![Imm::Name(tn.to_string())], Some(s));
                let n = self.emit_v(op, vec![x], vec![], None);
                let r = self.emit_v(Opcode::BoxI64, vec![n], vec![], None);
                self.stack.push(r);
            }
            Op::Call(n) if self.inline && self.init_of(vm, n as usize).is_some() => {
                self.inline_class_call(vm, pc, n as usize)?;
            }
            Op::Call(n) if self.inline && self.inlinable(vm, n as usize) => {
                self.inline_call(vm, pc, n as usize)?;
            }
            Op::Return if !self.callers.is_empty() => {
                let init_frame = self.callers.last().is_some_and(|c| c.init);
                let binop_frame = self.callers.last().is_some_and(|c| c.binop.is_some());
                let s = if init_frame || binop_frame { Some(self.snap(pc)) } else { None };
                if let (true, Some(s)) = (binop_frame, s) {
                    // An operator method that returns `NotImplemented` (which its code
                    // never names, but may get from elsewhere): the interpreter's `BinOp`
                    // frame goes on to the fallback.
                    let v = *self.stack.last().ok_or(Abort::FrameMismatch)?;
                    let v = self.boxed(v);
                    let k = self.konst(vm.not_implemented, "NotImplemented".to_string());
                    let ni = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None);
                    let is_ni = self.emit_v(Opcode::Same, vec![v, ni], vec![], None);
                    self.emit(Opcode::GuardFalse, vec![is_ni], vec![], Some(s));
                }
                let mut v = self.pop()?;
                if let (true, Some(s)) = (init_frame, s) {
                    // `__init__` returns None (anything else is the interpreter's
                    // TypeError, left to it), and the class call its instance.
                    if !self.concrete(vm, 0).is_none() {
                        return Err(Abort::NotYetSupported("__init__ returning a value".into()));
                    }
                    let r = self.boxed(v);
                    let k = self.konst(Value::NONE, "None".to_string());
                    let none = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(k)], None);
                    self.emit(Opcode::GuardIs, vec![r, none], vec![], Some(s));
                    v = self.slots.first().copied().flatten().ok_or(Abort::FrameMismatch)?;
                }
                let v = self.boxed(v);
                let caller = self.callers.pop().ok_or(Abort::FrameMismatch)?;
                self.code = caller.code;
                self.code_k = caller.code_k;
                self.nlocals = caller.nlocals;
                self.slots = caller.slots;
                self.stack = caller.stack;
                // The call site's callable (and null) go, the result comes.
                if caller.ret_at > self.stack.len() {
                    return Err(Abort::FrameMismatch);
                }
                self.stack.truncate(caller.ret_at);
                self.stack.push(v);
                self.expect_pc = Some(caller.resume_pc);
            }
            Op::Call(n) | Op::CallKw(n, _) if reads_frame(self.concrete(vm, n as usize + 1), n as usize) => {
                // `locals()` and friends read the calling frame, which compiled code keeps
                // in registers (or does not build at all, for an inlined call).
                return Err(Abort::NotYetSupported(
                    "a call that reads its caller's frame (locals, vars, dir)".into(),
                ));
            }
            Op::Call(n) => {
                if self.inline {
                    if let Some(ObjKind::Function(f)) = self.concrete(vm, n as usize + 1).kind() {
                        if !self.called.contains(&f.code.bits()) {
                            self.called.push(f.code.bits());
                        }
                    }
                }
                let s = self.snap(pc);
                let all = self.call_operands(vm, n as usize, s)?;
                let r = self.emit_v(Opcode::CallFn, all, vec![], Some(s));
                self.stack.push(r);
            }
            Op::CallKw(n, names_i) => {
                // A call with keyword arguments, through the interpreter's calling.
                let s = self.snap(pc);
                let names = code.consts[names_i as usize];
                let all = self.call_operands(vm, n as usize, s)?;
                let nk = self.konst(names, "keyword names".to_string());
                let r = self.emit_v(Opcode::CallKw, all, vec![Imm::Konst(nk)], Some(s));
                self.stack.push(r);
            }
            Op::BinarySubscr => {
                let (obj, key) = (self.concrete(vm, 1), self.concrete(vm, 0));
                let s = self.snap(pc);
                let k = self.pop()?;
                let o = self.pop()?;
                let list_len = match obj.kind() {
                    Some(ObjKind::List(l)) => Some(l.borrow().len()),
                    _ => None,
                };
                let tuple_len = match obj.kind() {
                    Some(ObjKind::Tuple(t)) => Some(t.len()),
                    _ => None,
                };
                // A tuple indexed by a constant: a length guard and `tuple_get`, which the
                // optimizer can see through when the tuple was built in the region.
                if let (Some(len), Some(n)) = (tuple_len, self.const_of(k)) {
                    if n >= 0 && (n as usize) < len {
                        let o = self.boxed(o);
                        self.emit(Opcode::GuardType, vec![o], vec![Imm::Name("tuple".into())], Some(s));
                        let tl = self.emit_v(Opcode::TupleLen, vec![o], vec![], None);
                        let idx = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(n)], None);
                        let inb = self.emit_v(Opcode::ILt, vec![idx, tl], vec![], None);
                        self.emit(Opcode::GuardTrue, vec![inb], vec![], Some(s));
                        let v = self.emit_v(Opcode::TupleGet, vec![o], vec![Imm::Int(n)], None);
                        self.stack.push(v);
                        return Ok(());
                    }
                }
                let ascii_str = matches!(obj.kind(), Some(ObjKind::Str(x)) if x.is_ascii());
                let v = match (list_len, key.as_small_int()) {
                    (None, Some(i)) if ascii_str && i >= 0 => {
                        // `s[i]` on a str: `str_get` (it leaves for anything but ASCII text
                        // and an index in range).
                        let o = self.boxed(o);
                        self.emit(Opcode::GuardType, vec![o], vec![Imm::Name("str".into())], Some(s));
                        let ki = self.as_i64(k, s);
                        self.emit_v(Opcode::StrGet, vec![o, ki], vec![], Some(s))
                    }
                    (Some(len), Some(i)) if i >= 0 && (i as usize) < len => {
                        let o = self.boxed(o);
                        self.emit(Opcode::GuardType, vec![o], vec![Imm::Name("list".into())], Some(s));
                        let ki = self.as_i64(k, s);
                        let zero = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(0)], None);
                        let nonneg = self.emit_v(Opcode::IGe, vec![ki, zero], vec![], None);
                        self.emit(Opcode::GuardTrue, vec![nonneg], vec![], Some(s));
                        let len = self.emit_v(Opcode::ListLen, vec![o], vec![], None);
                        let inb = self.emit_v(Opcode::ILt, vec![ki, len], vec![], None);
                        self.emit(Opcode::GuardTrue, vec![inb], vec![], Some(s));
                        self.emit_v(Opcode::ListGet, vec![o, ki], vec![], None)
                    }
                    _ => {
                        let (o, k) = (self.boxed(o), self.boxed(k));
                        self.emit_v(Opcode::GetItem, vec![o, k], vec![], Some(s))
                    }
                };
                self.stack.push(v);
            }
            Op::StoreSubscr => {
                let (obj, key) = (self.concrete(vm, 1), self.concrete(vm, 0));
                let s = self.snap(pc);
                let k = self.pop()?;
                let o = self.pop()?;
                let v = self.pop()?;
                let list_len = match obj.kind() {
                    Some(ObjKind::List(l)) => Some(l.borrow().len()),
                    _ => None,
                };
                match (list_len, key.as_small_int()) {
                    // An exact list and an index in range: guards and `list_set`.
                    (Some(len), Some(i)) if i >= 0 && (i as usize) < len => {
                        let o = self.boxed(o);
                        self.emit(Opcode::GuardType, vec![o], vec![Imm::Name("list".into())], Some(s));
                        let ki = self.as_i64(k, s);
                        let zero = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(0)], None);
                        let nonneg = self.emit_v(Opcode::IGe, vec![ki, zero], vec![], None);
                        self.emit(Opcode::GuardTrue, vec![nonneg], vec![], Some(s));
                        let len = self.emit_v(Opcode::ListLen, vec![o], vec![], None);
                        let inb = self.emit_v(Opcode::ILt, vec![ki, len], vec![], None);
                        self.emit(Opcode::GuardTrue, vec![inb], vec![], Some(s));
                        let v = self.boxed(v);
                        self.emit(Opcode::ListSet, vec![o, ki, v], vec![], None);
                    }
                    _ => {
                        let (o, k, v) = (self.boxed(o), self.boxed(k), self.boxed(v));
                        self.emit(Opcode::SetItem, vec![o, k, v], vec![], Some(s));
                    }
                }
            }
            Op::BuildTuple(n) | Op::BuildList(n) => {
                let n = n as usize;
                if self.stack.len() < n {
                    return Err(Abort::FrameMismatch);
                }
                let items: Vec<Var> = self.stack.split_off(self.stack.len() - n);
                let items: Vec<Var> = items.into_iter().map(|v| self.boxed(v)).collect();
                let op = if matches!(op, Op::BuildTuple(_)) { Opcode::NewTuple } else { Opcode::NewList };
                let t = self.emit_v(op, items, vec![], None);
                self.stack.push(t);
            }
            Op::MakeFunction(flags @ (0 | 8))
                if !code_ref(self.concrete(vm, if flags == 8 { 2 } else { 1 })).flags.needs_class_cell =>
            {
                // A comprehension's or lambda's function: made here (no defaults, no class
                // cell; a closure's cells come as a tuple).
                let cells = if flags == 8 {
                    let t = self.pop()?;
                    Some(self.boxed(t))
                } else {
                    None
                };
                let q = self.pop()?;
                let c = self.pop()?;
                let (c, q) = (self.boxed(c), self.boxed(q));
                let f = match cells {
                    Some(t) => self.emit_v(Opcode::MakeClosure, vec![c, q, t], vec![], None),
                    None => self.emit_v(Opcode::MakeFunc, vec![c, q], vec![], None),
                };
                self.stack.push(f);
            }
            Op::LoadClosure(i) => {
                // The cell object itself (for a closure being made).
                let v = self.slots.get(i as usize).copied().flatten();
                let v = v.ok_or_else(|| Abort::NotYetSupported("an unbound cell".into()))?;
                self.stack.push(v);
            }
            Op::BuildMap(n) | Op::BuildSet(n) => {
                // A new dict (set), then its items added in order as the interpreter does
                // (hashing may run Python code: each add can raise, from this pc).
                let is_map = matches!(op, Op::BuildMap(_));
                let k = if is_map { 2 * n as usize } else { n as usize };
                if self.stack.len() < k {
                    return Err(Abort::FrameMismatch);
                }
                let s = self.snap(pc);
                let items: Vec<Var> = self.stack.split_off(self.stack.len() - k);
                let items: Vec<Var> = items.into_iter().map(|v| self.boxed(v)).collect();
                let d =
                    self.emit_v(if is_map { Opcode::NewDict } else { Opcode::NewSet }, vec![], vec![], None);
                if is_map {
                    for kv in items.chunks(2) {
                        self.emit(Opcode::SetItem, vec![d, kv[0], kv[1]], vec![], Some(s));
                    }
                } else {
                    for x in items {
                        self.emit(Opcode::SetAdd, vec![d, x], vec![], Some(s));
                    }
                }
                self.stack.push(d);
            }
            Op::ListExtend => {
                let s = self.snap(pc);
                let it = self.pop()?;
                let it = self.boxed(it);
                let l = *self.stack.last().ok_or(Abort::FrameMismatch)?;
                let l = self.boxed(l);
                let n = self.stack.len();
                self.stack[n - 1] = l;
                self.emit(Opcode::ListExtend, vec![l, it], vec![], Some(s));
            }
            Op::SetAdd(n) | Op::MapAdd(n) => {
                // A set or dict comprehension's step: the container sits below the
                // comprehension's iterator.
                let s = self.snap(pc);
                let is_map = matches!(op, Op::MapAdd(_));
                let v = self.pop()?;
                let v = self.boxed(v);
                let key = if is_map {
                    let k = self.pop()?;
                    Some(self.boxed(k))
                } else {
                    None
                };
                let at = self.stack.len().checked_sub(n as usize + 1).ok_or(Abort::FrameMismatch)?;
                let c = self.stack[at];
                let c = self.boxed(c);
                self.stack[at] = c;
                match key {
                    Some(k) => self.emit(Opcode::SetItem, vec![c, k, v], vec![], Some(s)),
                    None => self.emit(Opcode::SetAdd, vec![c, v], vec![], Some(s)),
                };
            }
            Op::UnpackSequence(n) => {
                let c = self.concrete(vm, 0);
                match c.kind() {
                    Some(ObjKind::Tuple(t)) if t.len() == n as usize => {}
                    _ => return Err(Abort::NotYetSupported("unpacking a non-tuple".into())),
                }
                let s = self.snap(pc);
                let t = self.pop()?;
                let t = self.boxed(t);
                self.emit(Opcode::GuardType, vec![t], vec![Imm::Name("tuple".into())], Some(s));
                let len = self.emit_v(Opcode::TupleLen, vec![t], vec![], None);
                let want = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(n as i64)], None);
                let ok = self.emit_v(Opcode::IEq, vec![len, want], vec![], None);
                self.emit(Opcode::GuardTrue, vec![ok], vec![], Some(s));
                for i in (0..n as i64).rev() {
                    let v = self.emit_v(Opcode::TupleGet, vec![t], vec![Imm::Int(i)], None);
                    self.stack.push(v);
                }
            }
            other => return Err(Abort::NotYetSupported(format!("{other:?}"))),
        }
        Ok(())
    }

    /// Whether a bridge may take the backward jump about to run: once, in the loop's own
    /// frame (an enclosing loop's back-edge; see `back_jumps`).
    fn outer_back_edge(&mut self) -> bool {
        if self.bridge_from.is_none() || self.frame_mode || !self.callers.is_empty() || self.back_jumps > 0 {
            return false;
        }
        self.back_jumps += 1;
        true
    }

    /// `module.name` when `obj` is a module: a `module_attr` load (a module's attribute
    /// runs no code, so the load can be reused while nothing is stored). A `math`
    /// function that `MathF` computes is remembered for the call.
    fn module_attr(
        &mut self,
        vm: &Vm,
        o: Var,
        obj: Value,
        name: kiln_vm::intern::Sym,
        s: SnapId,
    ) -> Option<Var> {
        let Some(ObjKind::Module(m)) = obj.kind() else { return None };
        let value = m.attrs.borrow().get(&name).copied()?;
        let n = vm.sym_str(name);
        let v = self.emit_v(Opcode::ModuleAttr, vec![o], vec![Imm::Name(n.to_string())], Some(s));
        const MATH: [&str; 8] = ["sqrt", "sin", "cos", "tan", "atan", "exp", "log", "fabs"];
        // Only math's own function of that name: `math.sqrt = math.exp` is not a sqrt.
        if m.name == "math" && matches!(value.kind(), Some(ObjKind::Builtin(b)) if b.name == n) {
            if let Some(f) = MATH.iter().find(|f| **f == n) {
                self.math_fns.push((v, f, value));
            }
        }
        Some(v)
    }

    /// A backward jump to `t`, the header of a loop inside the recorded one. A bridge in
    /// the loop's own frame ends at that header (the next instruction closes it there, as
    /// at a compiled loop's header: the interpreter, or that loop's region once it has
    /// one, goes on from there). A loop's recording aborts (see [`Recorder::inner_loop`]):
    /// the inner loop gets its own region first.
    fn inner_loop_at(&mut self, t: u32) -> Result<(), Abort> {
        if self.callers.is_empty() && self.frame_mode && self.inline && self.seen_headers.contains(&t) {
            // An entry trace's first time round a loop: it ends at the header.
            self.expect_pc = Some(t as usize);
            return Ok(());
        }
        if !self.callers.is_empty() || self.frame_mode || self.bridge_from.is_none() {
            return Err(self.inner_loop());
        }
        self.join_headers.push(t);
        self.expect_pc = Some(t as usize);
        Ok(())
    }

    /// The abort for a loop inside the recorded one. A loop inside an inlined callee
    /// also names the callee in `loop_callee`: the optimizer then calls it without
    /// inlining it, and the callee's loop gets its own region.
    fn inner_loop(&mut self) -> Abort {
        if !self.callers.is_empty() {
            self.loop_callee = Some(self.code.bits());
        }
        Abort::InnerLoop
    }

    /// Whether the call about to run (`Call(n)`) can be recorded inline: a plain Python
    /// function taking exactly the arguments given, with no cells, not a generator, not
    /// one known to hold a loop (`no_inline`), and not a recursive call.
    fn inlinable(&self, vm: &Vm, n: usize) -> bool {
        let sp = vm.stack.len();
        if sp < n + 2 || self.callers.len() >= MAX_INLINE_DEPTH {
            return false;
        }
        let (callable, selfv) = (vm.stack[sp - n - 2], vm.stack[sp - n - 1]);
        let argc = if selfv.is_null() { n } else { n + 1 };
        let Some(ObjKind::Function(f)) = callable.kind() else { return false };
        if self.no_inline.contains(&f.code.bits())
            || f.code == self.code
            || self.callers.iter().any(|c| c.code == f.code)
        {
            return false;
        }
        let code = code_ref(f.code);
        argc == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && code.cellvars.is_empty()
            && code.nfree == 0
    }

    /// For a binary operator on the two values on top of the stack: the Python method the
    /// interpreter would call (`a.__add__`, or `a.__iadd__` in place), when it can be
    /// recorded inline. That is when `a` is an instance of a plain class, `b` is an int, a
    /// float or an instance of the same class (so no reflected method of a subclass goes
    /// first), and the method is an inlinable function taking `(self, other)` that never
    /// names `NotImplemented` (so its result is the operator's).
    fn dunder_of(&self, vm: &mut Vm, op: BinOp, inplace: bool) -> Option<Value> {
        let (a, b) = (self.concrete(vm, 1), self.concrete(vm, 0));
        let Some(ObjKind::Instance(ia)) = a.kind() else { return None };
        let Some(ObjKind::Class(c)) = ia.class.kind() else { return None };
        if c.builtin_base.is_some() || c.is_exception || self.callers.len() >= MAX_INLINE_DEPTH {
            return None;
        }
        let b_ok = match b.kind() {
            Some(ObjKind::Instance(ib)) => ib.class == ia.class,
            _ => (is_int(b) && !b.is_bool()) || b.is_float(),
        };
        if !b_ok {
            return None;
        }
        let (name, _, iname) = op.dunders();
        if inplace {
            // `a.__iop__(b)` returning `NotImplemented` falls back to `a.__op__(b)`, which
            // the interpreter's operator frame does not do: such calls are not inlined.
            let s = vm.intern(iname);
            if vm.user_dunder(a, s).is_some() {
                return None;
            }
        }
        let s = vm.intern(name);
        let f = vm.user_dunder(a, s)?;
        let Some(ObjKind::Function(func)) = f.kind() else { return None };
        if self.no_inline.contains(&func.code.bits()) || self.callers.iter().any(|c| c.code == func.code) {
            return None;
        }
        let code = code_ref(func.code);
        let names_ni = code.names.iter().any(|n| vm.sym_str(*n) == "NotImplemented")
            || code.consts.contains(&vm.not_implemented);
        (code.argcount == 2
            && !names_ni
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && code.cellvars.is_empty()
            && code.nfree == 0)
            .then_some(f)
    }

    /// Records a binary operator on an instance as an inline call of its method (see
    /// [`Recorder::dunder_of`]): guards on both operands' classes (or `b`'s type) and the
    /// type version, then the method's body as an inlined frame called from the
    /// operator's pc; the caller's stack holds the method where the operands were, as an
    /// interpreter call frame would have it.
    fn inline_dunder(&mut self, vm: &mut Vm, pc: usize, op: BinOp, inplace: bool) -> Result<(), Abort> {
        let (a, b) = (self.concrete(vm, 1), self.concrete(vm, 0));
        let f = self.dunder_of(vm, op, inplace).ok_or(Abort::FrameMismatch)?;
        let Some(ObjKind::Function(func)) = f.kind() else { return Err(Abort::FrameMismatch) };
        let code = code_ref(func.code);
        let s = self.snap(pc);
        let b_v = self.pop()?;
        let a_v = self.pop()?;
        let (a_v, b_v) = (self.boxed(a_v), self.boxed(b_v));
        if let Some(ObjKind::Instance(i)) = a.kind() {
            self.guard_class(vm, a_v, a, i.class, i.shape.get(), s);
        }
        match b.kind() {
            Some(ObjKind::Instance(i)) => self.guard_class(vm, b_v, b, i.class, i.shape.get(), s),
            _ => {
                let t = if b.is_float() { "float" } else { "int" };
                self.emit(Opcode::GuardType, vec![b_v], vec![Imm::Name(t.to_string())], Some(s));
            }
        }
        let tv = vm.type_version as i64;
        self.emit(Opcode::GuardVersion, vec![], vec![Imm::Int(tv)], Some(s));
        let fk = self.konst(f, format!("function {} {}:{}", code.name, code.filename, code.first_line));
        let f_v = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(fk)], None);
        // The interpreter's layout for an operator method's frame: the operands stay
        // below the method for a `NotImplemented` result.
        let ret_at = self.stack.len();
        self.stack.extend([a_v, b_v, f_v]);
        let mut slots = vec![None; code.nlocals()];
        slots[0] = Some(a_v);
        slots[1] = Some(b_v);
        self.enter_inlined(func.code, fk, slots, pc, false, ret_at, Some(op));
        Ok(())
    }

    /// For a call `Call(n)` of a plain class (no built-in base, not an exception) whose
    /// `__init__` can be recorded inline (as [`Recorder::inlinable`] asks of functions,
    /// taking the instance and the `n` arguments): that `__init__`.
    fn init_of(&self, vm: &Vm, n: usize) -> Option<Value> {
        let sp = vm.stack.len();
        if sp < n + 2 || self.callers.len() >= MAX_INLINE_DEPTH || !vm.stack[sp - n - 1].is_null() {
            return None;
        }
        let cls = vm.stack[sp - n - 2];
        let Some(ObjKind::Class(c)) = cls.kind() else { return None };
        if c.builtin.is_some() || c.builtin_base.is_some() || c.is_exception || c.slots.is_some() {
            return None;
        }
        let init = vm.lookup_in_class(cls, vm.names.init)?;
        let Some(ObjKind::Function(f)) = init.kind() else { return None };
        if self.no_inline.contains(&f.code.bits()) || self.callers.iter().any(|c| c.code == f.code) {
            return None;
        }
        let code = code_ref(f.code);
        (n + 1 == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && code.cellvars.is_empty()
            && code.nfree == 0)
            .then_some(init)
    }

    /// Records a class call `Call(n)` inline: guards on the class's identity and the type
    /// version (so `__init__` is the same function), a new bare instance, then the body of
    /// `__init__` with the instance as its local 0, as the interpreter's `Init` frame runs
    /// it (the caller's stack holds `__init__` where the class was).
    fn inline_class_call(&mut self, vm: &Vm, pc: usize, n: usize) -> Result<(), Abort> {
        let sp = vm.stack.len();
        let cls = vm.stack[sp - n - 2];
        let init = self.init_of(vm, n).ok_or(Abort::FrameMismatch)?;
        let Some(ObjKind::Function(f)) = init.kind() else { return Err(Abort::FrameMismatch) };
        let code = code_ref(f.code);
        let s = self.snap(pc);
        if self.stack.len() < n + 2 {
            return Err(Abort::FrameMismatch);
        }
        let args: Vec<Var> = self.stack.split_off(self.stack.len() - n);
        let _null = self.pop()?;
        let callable = self.pop()?;
        let callable = self.boxed(callable);
        let ck = self.konst(cls, format!("class {}", vm.class_name(cls)));
        let expect = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(ck)], None);
        self.emit(Opcode::GuardIs, vec![callable, expect], vec![], Some(s));
        let tv = vm.type_version as i64;
        self.emit(Opcode::GuardVersion, vec![], vec![Imm::Int(tv)], Some(s));
        let obj = self.emit_v(Opcode::NewInstance, vec![], vec![Imm::Konst(ck), Imm::Int(0)], None);
        let fk = self.konst(init, format!("function {} {}:{}", code.name, code.filename, code.first_line));
        let init_v = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(fk)], None);
        // The interpreter's layout: [__init__, instance, args...], the callee's frame
        // starting at the instance.
        self.stack.push(init_v);
        let ret_at = self.stack.len() - 1;
        let mut slots = vec![None; code.nlocals()];
        slots[0] = Some(obj);
        for (i, a) in args.into_iter().enumerate() {
            slots[i + 1] = Some(self.boxed(a));
        }
        self.enter_inlined(f.code, fk, slots, pc, true, ret_at, None);
        Ok(())
    }

    /// Makes `callee`'s (a code object's) symbolic frame, with `slots`, the top one: the
    /// caller's is saved; it resumes at `pc + 1` with its stack cut back to `ret_at` when
    /// the callee returns (`init`: the callee is a class call's `__init__`).
    #[allow(clippy::too_many_arguments)]
    fn enter_inlined(
        &mut self,
        callee: Value,
        fk: KonstId,
        slots: Vec<Option<Var>>,
        pc: usize,
        init: bool,
        ret_at: usize,
        binop: Option<BinOp>,
    ) {
        let caller = Caller {
            code: self.code,
            code_k: self.code_k,
            nlocals: self.nlocals,
            slots: std::mem::replace(&mut self.slots, slots),
            stack: std::mem::take(&mut self.stack),
            resume_pc: pc + 1,
            init,
            ret_at,
            binop,
        };
        self.callers.push(caller);
        self.code = callee;
        self.code_k = fk;
        self.nlocals = code_ref(callee).nlocals();
        self.inlined += 1;
        self.expect_pc = Some(0);
    }

    /// Records `Call(n)` of a Python function inline: a guard on the callee's identity,
    /// then the callee's frame becomes the symbolic top frame.
    fn inline_call(&mut self, vm: &Vm, pc: usize, n: usize) -> Result<(), Abort> {
        let sp = vm.stack.len();
        let callable = vm.stack[sp - n - 2];
        let Some(ObjKind::Function(f)) = callable.kind() else { return Err(Abort::FrameMismatch) };
        let code = code_ref(f.code);
        let s = self.snap(pc);
        if self.stack.len() < n + 2 {
            return Err(Abort::FrameMismatch);
        }
        let self_null = self.self_is_null(vm, n, s)?;
        if self_null != vm.stack[sp - n - 1].is_null() {
            // The recording holds a bound method where the interpreter has the function
            // and its receiver (an attribute load it did not see as a method's): its
            // arguments would land in the wrong locals.
            return Err(Abort::FrameMismatch);
        }
        let mut args: Vec<Var> = self.stack.split_off(self.stack.len() - n);
        let at = self.stack.len();
        let ret_at = at - 2;
        let (callee_v, selfv) = (self.stack[at - 2], self.stack[at - 1]);
        if !self_null {
            // A method: `self` is the callee's first local and leaves the caller's stack.
            self.stack.pop();
            args.insert(0, selfv);
        }
        let callee_v = self.boxed(callee_v);
        let fk =
            self.konst(callable, format!("function {} {}:{}", code.name, code.filename, code.first_line));
        let expect = self.emit_v(Opcode::ConstVal, vec![], vec![Imm::Konst(fk)], None);
        self.emit(Opcode::GuardIs, vec![callee_v, expect], vec![], Some(s));
        let mut slots = vec![None; code.nlocals()];
        for (i, a) in args.into_iter().enumerate() {
            let a = self.boxed(a);
            slots[i] = Some(a);
        }
        self.enter_inlined(f.code, fk, slots, pc, false, ret_at, None);
        Ok(())
    }

    /// Pops a call site's `n` arguments, `self` entry and callable; the operands of a call
    /// through the interpreter: the callable, `self` unless it is null, the arguments.
    fn call_operands(&mut self, vm: &Vm, n: usize, s: SnapId) -> Result<Vec<Var>, Abort> {
        if self.stack.len() < n + 2 {
            return Err(Abort::FrameMismatch);
        }
        let self_null = self.self_is_null(vm, n, s)?;
        let args: Vec<Var> = self.stack.split_off(self.stack.len() - n);
        let selfv = self.pop()?;
        let callable = self.pop()?;
        let mut all = vec![self.boxed(callable)];
        if !self_null {
            all.push(self.boxed(selfv));
        }
        for a in args {
            all.push(self.boxed(a));
        }
        Ok(all)
    }

    /// Whether the `self` entry of the call site `Call(n)` is null (a plain call). An entry
    /// that was already on the frame's value stack when the recording began is checked
    /// with a guard (null, or not null) against what it is now.
    fn self_is_null(&mut self, vm: &Vm, n: usize, s: SnapId) -> Result<bool, Abort> {
        let at = self.stack.len().checked_sub(n + 1).ok_or(Abort::FrameMismatch)?;
        let selfv = self.stack[at];
        if Some(selfv) == self.null {
            return Ok(true);
        }
        if !self.stack_params.contains(&selfv) {
            return Ok(false);
        }
        let concrete = vm.stack[vm.stack.len() - n - 1];
        if !concrete.is_null() {
            self.emit(Opcode::GuardNonNull, vec![selfv], vec![], Some(s));
            return Ok(false);
        }
        let null = self.null_var();
        self.emit(Opcode::GuardIs, vec![selfv, null], vec![], Some(s));
        Ok(true)
    }

    /// The integer constant `v` stands for, if it is one (`const_i64`, maybe boxed).
    fn const_of(&self, v: Var) -> Option<i64> {
        let def =
            |x: Var| self.region.blocks.iter().flat_map(|b| b.insts.iter()).find(|i| i.result() == Some(x));
        let mut inst = def(v)?;
        if inst.op == Opcode::BoxI64 {
            inst = def(inst.args[0])?;
        }
        (inst.op == Opcode::ConstI64).then(|| inst.imms[0].as_int()).flatten()
    }

    /// Guards that `o` (whose concrete value is `obj`) is an instance of `cls` with `shape`.
    /// Guards `-2**53 < i < 2**53` (an int that converts to a float exactly).
    fn guard_below_2_53(&mut self, i: Var, s: SnapId) {
        let hi = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(1 << 53)], None);
        let lo = self.emit_v(Opcode::ConstI64, vec![], vec![Imm::Int(-(1 << 53))], None);
        let below = self.emit_v(Opcode::ILt, vec![i, hi], vec![], None);
        self.emit(Opcode::GuardTrue, vec![below], vec![], Some(s));
        let above = self.emit_v(Opcode::IGt, vec![i, lo], vec![], None);
        self.emit(Opcode::GuardTrue, vec![above], vec![], Some(s));
    }

    fn guard_class(&mut self, vm: &Vm, o: Var, obj: Value, cls: Value, shape: u32, s: SnapId) {
        let k = self.konst(cls, format!("class {}", vm.type_name(obj)));
        self.emit(Opcode::GuardClass, vec![o], vec![Imm::Konst(k), Imm::Int(shape as i64)], Some(s));
    }

    /// Guards that the instance slots an inline cache found are still where attribute
    /// access goes (no class gained a data descriptor since recording).
    fn guard_layout(&mut self, vm: &Vm, s: SnapId) {
        self.emit(Opcode::GuardLayout, vec![], vec![Imm::Int(vm.layout_version as i64)], Some(s));
    }

    /// The raw truth value of `v` (whose concrete value is `c`) for a branch.
    fn truth(&mut self, v: Var, c: Value, s: SnapId) -> Var {
        // A compare's box_bool: use the raw bool it boxed.
        for inst in self.region.blocks.last().into_iter().flat_map(|b| b.insts.iter()).rev() {
            if inst.result() == Some(v) {
                if inst.op == Opcode::BoxBool {
                    return inst.args[0];
                }
                break;
            }
        }
        if c.as_bool().is_some() {
            self.emit_v(Opcode::UnboxBool, vec![v], vec![], Some(s))
        } else {
            self.emit_v(Opcode::Truthy, vec![v], vec![], Some(s))
        }
    }
}

/// Whether a `for` loop's iterator is exhausted (known only for range, list and tuple
/// iterators; others answer false).
/// Whether `v` is a float, or an int that converts to a float exactly (|v| < 2**53).
fn exact_in_f64(v: Value) -> bool {
    if let Some(i) = v.as_small_int() {
        return i.abs() < (1 << 53);
    }
    match v.kind() {
        Some(ObjKind::Int64(i)) => i.unsigned_abs() < (1 << 53),
        _ => v.is_float(),
    }
}

/// How many iterators `it` zips when it is a `zip` of two to four list or tuple
/// iterators that all have an item left.
fn zip_of_seqs(it: Value) -> Option<usize> {
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    let IterState::Zip(iters, _) = &*st.borrow() else { return None };
    let n = iters.len();
    ((2..=4).contains(&n) && (0..n).all(|k| crate::exec::zip_item(it, n, k).is_some())).then_some(n)
}

/// Whether calling `f` with `n` arguments reads the calling frame's locals: the built-in
/// `locals()`, and `vars()` and `dir()` without arguments.
fn reads_frame(f: Value, n: usize) -> bool {
    matches!(f.kind(), Some(ObjKind::Builtin(b)) if b.bound.is_null() && b.owner.is_null()
        && (b.name == "locals" || (n == 0 && (b.name == "vars" || b.name == "dir"))))
}

/// What `it` yields when it is an iterator over a dict (its keys, values or items).
fn dict_iter_part(it: Value) -> Option<DictPart> {
    let Some(ObjKind::Iter(st)) = it.kind() else { return None };
    match &*st.borrow() {
        IterState::Dict { dict, part, .. } if matches!(dict.kind(), Some(ObjKind::Dict(_))) => Some(*part),
        _ => None,
    }
}
