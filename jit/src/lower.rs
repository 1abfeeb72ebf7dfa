//! Region IR to Cranelift IR.
//!
//! A region becomes one function `fn(ctx: *mut Ctx) -> u32` in the host's C calling
//! convention. Its entry block reads `block0`'s parameters from the entry frame's slots
//! ([`Ctx::frame`]); each IR block becomes a Cranelift block with the same parameters
//! (`val` and `i64` as `i64`, `f64` as `f64`, `bool` as `i8`); every instruction that may
//! leave the region gets its own cold exit block, which stores the values its snapshot
//! names into [`Ctx::vals`] (by value number) and returns an [`ExitCode`]. The Rust side
//! then writes the snapshot back exactly as the region-IR executor does.
//!
//! Integer and float arithmetic, comparisons, boxing and unboxing, and the tag and
//! identity guards are emitted inline; heap access, allocation and calls into the
//! interpreter call the helpers of [`crate::helpers`]. Before a helper that may run
//! Python code (and so collect), the `val`s live across it are written to [`Ctx::spill`]
//! as GC roots.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, Function, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, Type, UserFuncName, Value as CValue,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use kiln_regions::exec::{snapshot_vars, Compiled};
use kiln_regions::ir::{Block as IrBlock, Imm, Inst, Opcode, SnapId, Term, Ty, Var};
use kiln_regions::record::{binop_from_name, cmpop_from_name};
use kiln_vm::bytecode::{CmpOp, UnaryOp};
use kiln_vm::intern::Sym;
use kiln_vm::value::{CANONICAL_NAN, PAYLOAD_MASK, TAG_BOOL, TAG_INT, TAG_NULL, TAG_OBJ, TAG_SHIFT};
use kiln_vm::vm::Vm;

use crate::helpers::{self, offsets, BinSite};

/// How a region returned, as the `u32` its function returns: `index << 2 | kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// A guard failed before the instruction of snapshot `.0`: resume at its pc.
    Guard(SnapId),
    /// A call raised (the exception is in `Ctx::exc`): unwind from after the pc.
    Raise(SnapId),
    /// An `exit` terminator through snapshot `.0`.
    Exit(SnapId),
    /// The frame returned value `.0` (stored in `Ctx::vals`).
    Return(Var),
}

impl ExitCode {
    /// The code compiled code returns.
    pub fn encode(self) -> u32 {
        match self {
            ExitCode::Guard(s) => s.0 << 2,
            ExitCode::Raise(s) => (s.0 << 2) | 1,
            ExitCode::Exit(s) => (s.0 << 2) | 2,
            ExitCode::Return(v) => (v.0 << 2) | 3,
        }
    }

    /// The exit a returned code stands for.
    pub fn decode(code: u32) -> ExitCode {
        let i = code >> 2;
        match code & 3 {
            0 => ExitCode::Guard(SnapId(i)),
            1 => ExitCode::Raise(SnapId(i)),
            2 => ExitCode::Exit(SnapId(i)),
            _ => ExitCode::Return(Var(i)),
        }
    }
}

/// Immediate data that helpers read through pointers; owned by the compiled region.
/// Each item is boxed so that its address, which the code embeds, never moves when the
/// vector grows.
#[derive(Default)]
#[allow(clippy::vec_box)]
pub struct Aux {
    bins: Vec<Box<BinSite>>,
    cmps: Vec<Box<CmpOp>>,
    unaries: Vec<Box<UnaryOp>>,
    syms: Vec<Box<Sym>>,
    /// Whether the region's `exit` joins its parent loop (a linkable bridge).
    pub joins: bool,
}

/// What lowering needs besides the region.
pub struct LowerOptions {
    /// The calling convention of the host (or target).
    pub call_conv: CallConv,
    /// Fail about one guard in this many on purpose (0: never).
    pub chaos: u64,
    /// The target's pointer width and such.
    pub frontend: cranelift_codegen::isa::TargetFrontendConfig,
    /// Per snapshot, the address of its link slot (a `usize` holding a bridge's entry, 0
    /// while none is linked) when a bridge may be linked there; see [`linkable`].
    pub link_slots: Vec<Option<usize>>,
    /// Where lists keep their items (`None`: lists are read through helpers).
    pub list_layout: Option<crate::layout::ListLayout>,
    /// Where instances keep their slots (`None`: slots are read through helpers).
    pub slot_layout: Option<crate::layout::ListLayout>,
    /// Where objects keep their kind, and instances their class and shape (`None`: type
    /// and class guards call helpers).
    pub obj_layout: Option<crate::layout::ObjLayout>,
    /// Where range iterators keep their state (`None`: `range_next` calls a helper).
    pub range_layout: Option<crate::layout::RangeLayout>,
    /// Where sequence iterators keep their state (`None`: `seq_next` calls a helper).
    pub seq_layout: Option<crate::layout::SeqLayout>,
    /// This region's id (non-zero): its exits store it in `Ctx::exit_region`, and a
    /// bridge joining its loop stores it in `Ctx::joined`.
    pub id: u64,
    /// For a bridge: the compiled loops (of the same code) whose header its `exit`
    /// terminator may reach, the one it was grown from first. Reaching one with a frame
    /// of its height, the bridge writes the frame image and either calls that loop's
    /// region (when it is not running already in this chain of calls) or sets
    /// `Ctx::joined` to its id and returns, so that the running region reloads.
    pub join_targets: Vec<JoinTarget>,
}

/// A compiled loop a bridge may continue into.
#[derive(Clone, Debug)]
pub struct JoinTarget {
    /// Its header pc.
    pub pc: u32,
    /// Its frame height at the header.
    pub height: usize,
    /// Its id.
    pub id: u64,
    /// Its entry (`extern "C" fn(*mut Ctx) -> u32`).
    pub entry: usize,
    /// The locals it assumes unbound (an exit that binds one must not join it).
    pub unbound: Vec<u32>,
    /// The locals it relies on being bound.
    pub bound: Vec<u32>,
}

/// The bit of `Ctx::active` that stands for region `id` (ids that share a bit are both
/// treated as running, which only costs a return to the caller).
pub fn active_bit(id: u64) -> u64 {
    1u64 << (id % 64)
}

/// Whether a bridge can be linked at snapshot `s` of `c`: nothing sunk in any of its
/// frames (one, or the loop's and those of calls it inlined). The parent then writes the
/// frames into `Ctx::image` itself, one after another as the VM's stack would hold them,
/// and calls the bridge directly.
pub fn linkable(c: &Compiled, s: SnapId) -> bool {
    let snap = &c.region.snaps[s.index()];
    frame_heights(c, s).is_some()
        && snap
            .frames
            .iter()
            .flat_map(|f| f.slots.iter().map(|x| x.1).chain(f.stack.iter().copied()))
            .all(|v| !c.is_sunk(v))
}

/// The room a frame image needs for `c`: its entry height, and every snapshot's frames
/// (locals plus stack entries).
pub fn image_len(c: &Compiled) -> usize {
    (0..c.region.snaps.len()).filter_map(|s| snap_height(c, SnapId(s as u32))).fold(c.height(), usize::max)
}

/// The locals and stack entries of each of snapshot `s`'s frames, outermost first (the
/// first names its code, inlined ones their function).
fn frame_heights(c: &Compiled, s: SnapId) -> Option<Vec<(usize, usize)>> {
    let snap = &c.region.snaps[s.index()];
    snap.frames
        .iter()
        .map(|f| {
            let v = c.values.get(f.code.index())?;
            let code = match v.kind() {
                Some(kiln_vm::object::ObjKind::Code(_)) => *v,
                Some(kiln_vm::object::ObjKind::Function(func)) => func.code,
                _ => return None,
            };
            Some((kiln_vm::interp::code_ref(code).nlocals(), f.stack.len()))
        })
        .collect()
}

/// Whether snapshot `s`'s (only) frame binds the locals the loop region `t` expects:
/// none it was recorded with unbound, all it relies on being bound. A native join
/// bypasses its entry check (`Compiled::fits`).
fn fits_bound_locals(c: &Compiled, s: SnapId, t: &JoinTarget) -> bool {
    let Some(heights) = frame_heights(c, s) else { return false };
    let Some(&(nlocals, _)) = heights.first() else { return false };
    let fs = &c.region.snaps[s.index()].frames[0];
    (0..nlocals as u32).all(|p| {
        let bound = fs.slots.iter().any(|(slot, _)| *slot == p);
        !(bound && t.unbound.contains(&p)) && (bound || !t.bound.contains(&p))
    })
}

/// The height (locals plus stack entries) of snapshot `s`'s frames together.
fn snap_height(c: &Compiled, s: SnapId) -> Option<usize> {
    Some(frame_heights(c, s)?.iter().map(|(l, n)| l + n).sum())
}

const I64: Type = types::I64;
const F64: Type = types::F64;
const I8: Type = types::I8;

fn cl_type(t: Ty) -> Type {
    match t {
        Ty::Val | Ty::I64 => I64,
        Ty::F64 => F64,
        Ty::Bool => I8,
    }
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Lowers `c` to a Cranelift function. `Err(reason)`: an operation this back end does not
/// compile; the region is abandoned.
pub fn lower(vm: &mut Vm, c: &Compiled, opts: &LowerOptions) -> Result<(Function, Aux), String> {
    let region = &c.region;
    let b0 = region.blocks.first().ok_or("an empty region")?;
    if b0.params.iter().any(|&(_, t)| t != Ty::Val) {
        return Err("an entry parameter that is not a val".into());
    }
    for (_, i) in region.insts() {
        if i.op == Opcode::NewInstance && !i.args.is_empty() {
            return Err("new_instance with slots is not compiled yet".into());
        }
    }
    let roots = call_roots(c);
    let mut sig = Signature::new(opts.call_conv);
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(types::I32));
    let mut func = Function::with_name_signature(UserFuncName::user(0, 0), sig);
    let mut fctx = FunctionBuilderContext::new();
    let mut aux = Aux::default();
    {
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        let mut l = Lower {
            b,
            c,
            vm,
            opts,
            vars: vec![None; c.var_count()],
            ctx: CValue::from_u32(0),
            blocks: Vec::new(),
            sigs: HashMap::new(),
            aux: &mut aux,
            roots,
            reload: None,
            saved_active: None,
            exits: HashMap::new(),
            pending_exits: Vec::new(),
        };
        l.run()?;
        l.b.seal_all_blocks();
        l.b.finalize(opts.frontend);
    }
    Ok((func, aux))
}

/// For each instruction that may run Python code, keyed by (block, index): the `val`s
/// that must survive it (live after it, its operands, its snapshot's values).
fn call_roots(c: &Compiled) -> HashMap<(usize, usize), Vec<Var>> {
    let region = &c.region;
    let n = region.blocks.len();
    let uses_of = |i: &Inst| -> Vec<Var> {
        let mut u = i.args.clone();
        if let Some(s) = i.snap {
            u.extend_from_slice(snapshot_vars(c, s));
        }
        u
    };
    let term_uses = |blk: &IrBlock| -> Vec<Var> {
        match &blk.term {
            Some(Term::Jump(_, args)) => args.clone(),
            Some(Term::Return(v)) => expand(c, &[*v]),
            Some(Term::Exit(s)) => snapshot_vars(c, *s).to_vec(),
            None => Vec::new(),
        }
    };
    let succ = |blk: &IrBlock| -> Option<usize> {
        match &blk.term {
            Some(Term::Jump(t, _)) => Some(t.index()),
            _ => None,
        }
    };
    // Live-in sets by fixed point (blocks are few).
    let mut live_in: Vec<HashSet<Var>> = vec![HashSet::new(); n];
    loop {
        let mut changed = false;
        for bi in (0..n).rev() {
            let blk = &region.blocks[bi];
            let mut live: HashSet<Var> = succ(blk).map(|t| live_in[t].clone()).unwrap_or_default();
            if let Some(t) = succ(blk) {
                for (p, _) in &region.blocks[t].params {
                    live.remove(p);
                }
            }
            live.extend(term_uses(blk));
            for i in blk.insts.iter().rev() {
                if let Some(d) = i.result() {
                    live.remove(&d);
                }
                live.extend(uses_of(i));
            }
            if live != live_in[bi] {
                live_in[bi] = live;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut out = HashMap::new();
    for (bi, blk) in region.blocks.iter().enumerate() {
        let mut live: HashSet<Var> = succ(blk).map(|t| live_in[t].clone()).unwrap_or_default();
        if let Some(t) = succ(blk) {
            for (p, _) in &region.blocks[t].params {
                live.remove(p);
            }
        }
        live.extend(term_uses(blk));
        for (ii, i) in blk.insts.iter().enumerate().rev() {
            if let Some(d) = i.result() {
                live.remove(&d);
            }
            let u = uses_of(i);
            if i.op.sig().effect == kiln_regions::ir::Effect::Call {
                let mut r: Vec<Var> = live
                    .iter()
                    .chain(u.iter())
                    .copied()
                    .filter(|v| c.ty(*v) == Ty::Val && !c.is_sunk(*v))
                    .collect();
                r.sort();
                r.dedup();
                out.insert((bi, ii), r);
            }
            live.extend(u);
        }
    }
    out
}

/// `vs` with sunk allocations replaced by their operands, transitively.
fn expand(c: &Compiled, vs: &[Var]) -> Vec<Var> {
    let mut out = Vec::new();
    let mut work = vs.to_vec();
    let mut seen = HashSet::new();
    while let Some(v) = work.pop() {
        if !seen.insert(v) {
            continue;
        }
        match c.region.sunk.iter().find(|i| i.result() == Some(v)) {
            Some(i) => work.extend(i.args.iter().copied()),
            None => out.push(v),
        }
    }
    out
}

struct Lower<'a, 'f> {
    b: FunctionBuilder<'f>,
    c: &'a Compiled,
    vm: &'a mut Vm,
    opts: &'a LowerOptions,
    vars: Vec<Option<CValue>>,
    ctx: CValue,
    blocks: Vec<Block>,
    sigs: HashMap<(Vec<Type>, Option<Type>), cranelift_codegen::ir::SigRef>,
    aux: &'a mut Aux,
    roots: HashMap<(usize, usize), Vec<Var>>,
    /// The block that loads block0's parameters from `Ctx::frame`.
    reload: Option<Block>,
    /// `Ctx::active` as it was on entry (restored on every return).
    saved_active: Option<CValue>,
    /// Exit blocks by (exit code, snapshot): every site that leaves through the same
    /// snapshot the same way shares one. (The first site of a snapshot dominates the later
    /// ones: blocks form a chain and a snapshot names values defined before its first
    /// use, so the shared block's values are defined wherever it is reached from.)
    exits: HashMap<u32, Block>,
    /// Exit blocks created but not filled yet.
    pending_exits: Vec<(Block, ExitCode, SnapId)>,
}

fn bargs(vs: &[CValue]) -> Vec<BlockArg> {
    vs.iter().map(|&v| v.into()).collect()
}

impl Lower<'_, '_> {
    fn run(&mut self) -> Result<(), String> {
        let region = &self.c.region;
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        for blk in &region.blocks {
            let cb = self.b.create_block();
            for &(_, t) in &blk.params {
                self.b.append_block_param(cb, cl_type(t));
            }
            self.blocks.push(cb);
        }
        self.b.switch_to_block(entry);
        self.ctx = self.b.block_params(entry)[0];
        // This region is running: bridges continuing into it join instead of calling.
        let saved = self.b.ins().load(I64, flags(), self.ctx, offsets::ACTIVE);
        let now = self.b.ins().bor_imm_s(saved, active_bit(self.opts.id) as i64);
        self.b.ins().store(flags(), now, self.ctx, offsets::ACTIVE);
        self.saved_active = Some(saved);
        // `reload` reads block0's parameters from `Ctx::frame`: on entry, and again when
        // a linked bridge joins the loop (with `Ctx::frame` pointing at the image).
        let reload = self.b.create_block();
        self.reload = Some(reload);
        self.b.ins().jump(reload, &[]);
        self.b.switch_to_block(reload);
        let frame = self.b.ins().load(I64, flags(), self.ctx, offsets::FRAME);
        let b0 = &region.blocks[0];
        let mut args = Vec::with_capacity(b0.params.len());
        for &slot in &b0.param_slots {
            args.push(self.b.ins().load(I64, flags(), frame, (slot as i32) * 8));
        }
        let first = self.blocks[0];
        self.b.ins().jump(first, &bargs(&args));
        for bi in 0..region.blocks.len() {
            let blk = &region.blocks[bi];
            let cb = self.blocks[bi];
            self.b.switch_to_block(cb);
            let params: Vec<CValue> = self.b.block_params(cb).to_vec();
            for (&(v, _), p) in blk.params.iter().zip(params) {
                self.vars[v.index()] = Some(p);
            }
            for (ii, inst) in blk.insts.iter().enumerate() {
                self.inst(bi, ii, inst)?;
            }
            match blk.term.as_ref().ok_or("a block without a terminator")? {
                Term::Jump(t, args) => {
                    let vals: Vec<CValue> = args.iter().map(|a| self.var(*a)).collect::<Result<_, _>>()?;
                    if t.index() <= bi {
                        let n = self.b.ins().load(I64, flags(), self.ctx, offsets::ITERS);
                        let n1 = self.b.ins().iadd_imm_s(n, 1);
                        self.b.ins().store(flags(), n1, self.ctx, offsets::ITERS);
                    }
                    let target = self.blocks[t.index()];
                    self.b.ins().jump(target, &bargs(&vals));
                }
                Term::Exit(s) => {
                    self.write_vals(snapshot_vars(self.c, *s))?;
                    let snap = &self.c.region.snaps[s.index()];
                    let target = self.opts.join_targets.iter().find(|t| {
                        linkable(self.c, *s)
                            && snap.frames.len() == 1
                            && snap.frames[0].pc == t.pc
                            && snap_height(self.c, *s) == Some(t.height)
                            && fits_bound_locals(self.c, *s, t)
                    });
                    let target = target.cloned();
                    if let Some(t) = target {
                        self.aux.joins = true;
                        self.write_image(*s)?;
                        let ctx = self.ctx;
                        let image = self.b.ins().load(I64, flags(), ctx, offsets::IMAGE);
                        self.b.ins().store(flags(), image, ctx, offsets::FRAME);
                        // Running already (it called us, maybe through others): join it by
                        // returning. Otherwise: continue into it.
                        let active = self.b.ins().load(I64, flags(), ctx, offsets::ACTIVE);
                        let running = self.b.ins().band_imm_s(active, active_bit(t.id) as i64);
                        let join = self.b.create_block();
                        let call = self.b.create_block();
                        self.b.ins().brif(running, join, &[], call, &[]);
                        self.b.switch_to_block(join);
                        let id = self.iconst(t.id);
                        self.b.ins().store(flags(), id, ctx, offsets::JOINED);
                        self.ret(ExitCode::Exit(*s));
                        self.b.switch_to_block(call);
                        let n = self.b.ins().load(I64, flags(), ctx, offsets::JOINS);
                        let n1 = self.b.ins().iadd_imm_s(n, 1);
                        self.b.ins().store(flags(), n1, ctx, offsets::JOINS);
                        let entry = self.iconst(t.entry as u64);
                        let code = self.call_region(entry);
                        self.leave_raw(code);
                    } else {
                        self.ret(ExitCode::Exit(*s));
                    }
                }
                Term::Return(v) => {
                    self.write_vals(&expand(self.c, &[*v]))?;
                    self.ret(ExitCode::Return(*v));
                }
            }
        }
        self.fill_exits()
    }

    fn var(&self, v: Var) -> Result<CValue, String> {
        self.vars[v.index()].ok_or_else(|| format!("{v} used before it is defined"))
    }

    /// Returns this region's exit `code` (with `Ctx::exit_region` naming this region).
    fn ret(&mut self, code: ExitCode) {
        let id = self.iconst(self.opts.id);
        self.b.ins().store(flags(), id, self.ctx, offsets::EXIT_REGION);
        let k = self.b.ins().iconst(types::I32, code.encode() as i64);
        self.leave_raw(k);
    }

    /// Returns `code` as it is (an exit of this region, or of one it called), restoring
    /// `Ctx::active` to what it was on entry.
    fn leave_raw(&mut self, code: CValue) {
        let saved = self.saved_active.expect("set on entry");
        self.b.ins().store(flags(), saved, self.ctx, offsets::ACTIVE);
        self.b.ins().return_(&[code]);
    }

    /// Calls a region or bridge entry with the context; its exit code.
    fn call_region(&mut self, entry: CValue) -> CValue {
        let mut sig = Signature::new(self.opts.call_conv);
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(types::I32));
        let sigref = self.b.import_signature(sig);
        let ctx = self.ctx;
        let call = self.b.ins().call_indirect(sigref, entry, &[ctx]);
        self.b.inst_results(call)[0]
    }

    /// Stores `vs` into `Ctx::vals` by value number.
    fn write_vals(&mut self, vs: &[Var]) -> Result<(), String> {
        if vs.is_empty() {
            return Ok(());
        }
        let vals = self.b.ins().load(I64, flags(), self.ctx, offsets::VALS);
        for &v in vs {
            let x = self.var(v)?;
            let x = if self.c.ty(v) == Ty::Bool { self.b.ins().uextend(I64, x) } else { x };
            self.b.ins().store(flags(), x, vals, (v.index() as i32) * 8);
        }
        Ok(())
    }

    /// A new cold block that leaves through `code` (a guard or raise exit of `snap`).
    /// A guard exit with a link slot calls the bridge linked there, if any: the frame is
    /// boxed into `Ctx::image`, the bridge runs on it, and when it joins this loop again
    /// (`Ctx::joined` is this region's id) the region reloads its parameters from the
    /// image; otherwise the code the bridge returned is returned as it is.
    fn exit_block(&mut self, code: ExitCode, snap: SnapId) -> Result<Block, String> {
        if let Some(&eb) = self.exits.get(&code.encode()) {
            return Ok(eb);
        }
        // Created here, filled after the body (`fill_exits`): the block being built stays
        // the current one.
        let eb = self.b.create_block();
        self.b.set_cold_block(eb);
        self.exits.insert(code.encode(), eb);
        self.pending_exits.push((eb, code, snap));
        Ok(eb)
    }

    /// Fills the exit blocks [`Lower::exit_block`] created.
    fn fill_exits(&mut self) -> Result<(), String> {
        while let Some((eb, code, snap)) = self.pending_exits.pop() {
            self.b.switch_to_block(eb);
            self.fill_exit(code, snap)?;
        }
        Ok(())
    }

    fn fill_exit(&mut self, code: ExitCode, snap: SnapId) -> Result<(), String> {
        if let ExitCode::Guard(_) = code {
            if let Some(g) = self.c.region.grafts.iter().find(|g| g.snap == snap) {
                // A grafted bridge: go on at its block with the snapshot's values boxed.
                let mut args = Vec::with_capacity(g.args.len());
                for &a in &g.args {
                    let raw = self.var(a)?;
                    args.push(self.box_value(raw, self.c.ty(a)));
                }
                let target = self.blocks[g.block.index()];
                self.b.ins().jump(target, &bargs(&args));
                return Ok(());
            }
        }
        self.write_vals(snapshot_vars(self.c, snap))?;
        let slot = match code {
            ExitCode::Guard(_) => self.opts.link_slots.get(snap.index()).copied().flatten(),
            _ => None,
        };
        if let (Some(slot), Some(reload)) = (slot, self.reload) {
            let slot_addr = self.iconst(slot as u64);
            let target = self.b.ins().load(I64, flags(), slot_addr, 0);
            let linked = self.b.create_block();
            let unlinked = self.b.create_block();
            self.b.set_cold_block(linked);
            self.b.set_cold_block(unlinked);
            self.b.ins().brif(target, linked, &[], unlinked, &[]);
            self.b.switch_to_block(unlinked);
            self.ret(code);
            self.b.switch_to_block(linked);
            self.write_image(snap)?;
            let image = self.b.ins().load(I64, flags(), self.ctx, offsets::IMAGE);
            self.b.ins().store(flags(), image, self.ctx, offsets::FRAME);
            let ctx = self.ctx;
            let bcode = self.call_region(target);
            let joined = self.b.ins().load(I64, flags(), ctx, offsets::JOINED);
            let mine = self.b.ins().icmp_imm_s(IntCC::Equal, joined, self.opts.id as i64);
            let join = self.b.create_block();
            let left = self.b.create_block();
            self.b.set_cold_block(left);
            self.b.ins().brif(mine, join, &[], left, &[]);
            self.b.switch_to_block(join);
            let zero = self.iconst(0);
            self.b.ins().store(flags(), zero, ctx, offsets::JOINED);
            let n = self.b.ins().load(I64, flags(), ctx, offsets::JOINS);
            let n1 = self.b.ins().iadd_imm_s(n, 1);
            self.b.ins().store(flags(), n1, ctx, offsets::JOINS);
            self.b.ins().jump(reload, &[]);
            self.b.switch_to_block(left);
            self.leave_raw(bcode);
        } else {
            self.ret(code);
        }
        Ok(())
    }

    /// Writes snapshot `s`'s frames, boxed, into `Ctx::image` as the VM's stack holds
    /// them: each frame's locals by slot (null when unbound), then its value stack, the
    /// next frame's locals right after.
    fn write_image(&mut self, s: SnapId) -> Result<(), String> {
        let heights = frame_heights(self.c, s).ok_or("a snapshot frame without its code")?;
        let frames = self.c.region.snaps[s.index()].frames.clone();
        let total: usize = heights.iter().map(|(l, n)| l + n).sum();
        let image = self.b.ins().load(I64, flags(), self.ctx, offsets::IMAGE);
        let mut cells: Vec<Option<Var>> = vec![None; total];
        let mut at = 0;
        for (fs, &(nlocals, nstack)) in frames.iter().zip(&heights) {
            for &(slot, v) in &fs.slots {
                if (slot as usize) < nlocals {
                    cells[at + slot as usize] = Some(v);
                }
            }
            for (j, &v) in fs.stack.iter().enumerate() {
                cells[at + nlocals + j] = Some(v);
            }
            at += nlocals + nstack;
        }
        let null = self.iconst(TAG_NULL << TAG_SHIFT);
        for (i, cell) in cells.into_iter().enumerate() {
            let x = match cell {
                Some(v) => {
                    let raw = self.var(v)?;
                    self.box_value(raw, self.c.ty(v))
                }
                None => null,
            };
            self.b.ins().store(flags(), x, image, (i * 8) as i32);
        }
        Ok(())
    }

    /// The address of item `i` of list `list` (a boxed value).
    /// The next item of the iterator `it` (null when it is exhausted or not a sequence
    /// iterator): inline for an iterator over a list with items left, the helper
    /// `seq_next` for anything else (a tuple, a str, the end, which it marks done).
    fn list_iter_next(
        &mut self,
        objs: crate::layout::ObjLayout,
        lay: crate::layout::SeqLayout,
        list: crate::layout::ListLayout,
        it: CValue,
    ) -> CValue {
        let slow = self.b.create_block();
        let is_obj = self.b.create_block();
        let is_seq = self.b.create_block();
        let is_list = self.b.create_block();
        let item = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(slow);
        let tag = self.b.ins().ushr_imm_s(it, TAG_SHIFT as i64);
        let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, TAG_OBJ as i64);
        self.b.ins().brif(not_obj, slow, &[], is_obj, &[]);
        self.b.switch_to_block(is_obj);
        let obj = self.b.ins().band_imm_s(it, PAYLOAD_MASK as i64);
        let kind = self.b.ins().uload8(I64, flags(), obj, objs.tag);
        let state = self.b.ins().uload8(I64, flags(), obj, lay.state);
        let bad_kind = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, lay.iter as i64);
        let bad_state = self.b.ins().icmp_imm_s(IntCC::NotEqual, state, lay.seq_state as i64);
        let bad = self.b.ins().bor(bad_kind, bad_state);
        self.b.ins().brif(bad, slow, &[], is_seq, &[]);
        self.b.switch_to_block(is_seq);
        let seq = self.b.ins().load(I64, flags(), obj, lay.seq);
        let seq_tag = self.b.ins().ushr_imm_s(seq, TAG_SHIFT as i64);
        let seq_not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, seq_tag, TAG_OBJ as i64);
        self.b.ins().brif(seq_not_obj, slow, &[], is_list, &[]);
        self.b.switch_to_block(is_list);
        let sobj = self.b.ins().band_imm_s(seq, PAYLOAD_MASK as i64);
        let skind = self.b.ins().uload8(I64, flags(), sobj, objs.tag);
        let not_list = self.b.ins().icmp_imm_s(IntCC::NotEqual, skind, objs.list as i64);
        let in_list = self.b.create_block();
        self.b.ins().brif(not_list, slow, &[], in_list, &[]);
        self.b.switch_to_block(in_list);
        let len = self.b.ins().load(I64, flags(), sobj, list.len);
        let i = self.b.ins().load(I64, flags(), obj, lay.index);
        // The end (or an index past it, after the list shrank) is the helper's: it marks
        // the iterator done, as the interpreter does.
        let at_end = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.b.ins().brif(at_end, slow, &[], item, &[]);
        self.b.switch_to_block(item);
        let data = self.b.ins().load(I64, flags(), sobj, list.data);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(data, off);
        let x = self.b.ins().load(I64, flags(), addr, 0);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().store(flags(), i1, obj, lay.index);
        self.b.ins().jump(done, &[x.into()]);
        self.b.switch_to_block(slow);
        let x = self.h(helpers::seq_next as *const () as usize, &[it]);
        self.b.ins().jump(done, &[x.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    fn list_item_addr(&mut self, lay: crate::layout::ListLayout, list: CValue, i: CValue) -> CValue {
        let obj = self.b.ins().band_imm_s(list, PAYLOAD_MASK as i64);
        let data = self.b.ins().load(I64, flags(), obj, lay.data);
        let off = self.b.ins().ishl_imm_s(i, 3);
        self.b.ins().iadd(data, off)
    }

    /// `x` of type `t` as an interpreter value.
    fn box_value(&mut self, x: CValue, t: Ty) -> CValue {
        match t {
            Ty::Val => x,
            Ty::I64 => {
                let shl = self.b.ins().ishl_imm_s(x, 64 - TAG_SHIFT as i64);
                let back = self.b.ins().sshr_imm_s(shl, 64 - TAG_SHIFT as i64);
                let fits = self.b.ins().icmp(IntCC::Equal, back, x);
                let payload = self.b.ins().band_imm_s(x, PAYLOAD_MASK as i64);
                let boxed = self.b.ins().bor_imm_s(payload, (TAG_INT << TAG_SHIFT) as i64);
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(fits, join, &bargs(&[boxed]), slow, &[]);
                self.b.switch_to_block(slow);
                let ctx = self.ctx;
                let r = self.h(helpers::box_int as *const () as usize, &[ctx, x]);
                self.b.ins().jump(join, &bargs(&[r]));
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
            Ty::F64 => {
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), x);
                let nan = self.b.ins().fcmp(FloatCC::Unordered, x, x);
                let canon = self.iconst(CANONICAL_NAN);
                self.b.ins().select(nan, canon, bits)
            }
            Ty::Bool => {
                let w = self.b.ins().uextend(I64, x);
                self.b.ins().bor_imm_s(w, (TAG_BOOL << TAG_SHIFT) as i64)
            }
        }
    }

    /// Leaves through `inst`'s snapshot (as a failed guard) when `fail` is true.
    /// The kind number a `guard_type` of a heap type tests, by type name.
    fn obj_kind(inst: &Inst) -> Option<fn(&crate::layout::ObjLayout) -> u8> {
        Some(match Self::name_imm(inst) {
            "list" => |l| l.list,
            "tuple" => |l| l.tuple,
            "str" => |l| l.str_,
            "dict" => |l| l.dict,
            _ => return None,
        })
    }

    /// Guards that `v` is a heap object for which `fail_of(object address)` is false:
    /// one exit block, reached when `v` is not an object or when the test fails.
    fn guard_object(
        &mut self,
        inst: &Inst,
        v: CValue,
        fail_of: impl FnOnce(&mut Self, CValue) -> CValue,
    ) -> Result<(), String> {
        let snap = inst.snap.ok_or("a guard without a snapshot")?;
        let eb = self.exit_block(ExitCode::Guard(snap), snap)?;
        let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
        let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, TAG_OBJ as i64);
        let is_obj = self.b.create_block();
        self.b.ins().brif(not_obj, eb, &[], is_obj, &[]);
        self.b.switch_to_block(is_obj);
        let obj = self.b.ins().band_imm_s(v, PAYLOAD_MASK as i64);
        let fail = fail_of(self, obj);
        let cont = self.b.create_block();
        self.b.ins().brif(fail, eb, &[], cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn guard_unless(&mut self, inst: &Inst, fail: CValue) -> Result<(), String> {
        let snap = inst.snap.ok_or("a guard without a snapshot")?;
        let eb = self.exit_block(ExitCode::Guard(snap), snap)?;
        let cont = self.b.create_block();
        self.b.ins().brif(fail, eb, &[], cont, &[]);
        self.b.switch_to_block(cont);
        Ok(())
    }

    fn set(&mut self, inst: &Inst, x: CValue) {
        if let Some((v, _)) = inst.dst {
            self.vars[v.index()] = Some(x);
        }
    }

    fn helper(&mut self, addr: usize, params: &[Type], ret: Option<Type>, args: &[CValue]) -> Option<CValue> {
        let key = (params.to_vec(), ret);
        let sigref = match self.sigs.get(&key) {
            Some(s) => *s,
            None => {
                let mut sig = Signature::new(self.opts.call_conv);
                sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
                if let Some(r) = ret {
                    sig.returns.push(AbiParam::new(r));
                }
                let s = self.b.import_signature(sig);
                self.sigs.insert(key, s);
                s
            }
        };
        let callee = self.b.ins().iconst(I64, addr as i64);
        let call = self.b.ins().call_indirect(sigref, callee, args);
        self.b.inst_results(call).first().copied()
    }

    /// Calls a helper that returns a value (all operands i64).
    fn h(&mut self, addr: usize, args: &[CValue]) -> CValue {
        let params = vec![I64; args.len()];
        self.helper(addr, &params, Some(I64), args).expect("a result")
    }

    /// Calls a helper that returns nothing.
    fn h0(&mut self, addr: usize, args: &[CValue]) {
        let params = vec![I64; args.len()];
        self.helper(addr, &params, None, args);
    }

    /// Writes the values `vs` to a stack slot; its address.
    fn array(&mut self, vs: &[CValue]) -> CValue {
        let size = (vs.len().max(1) * 8) as u32;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        for (i, &x) in vs.iter().enumerate() {
            self.b.ins().stack_store(I64, x, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(I64, slot, 0)
    }

    /// Calls a helper that may run Python code: spills the roots, calls, and leaves
    /// through the instruction's snapshot when it raises (or, with `may_fail`, when it
    /// reports [`helpers::FAILED`]). The helper's result.
    fn call_python(
        &mut self,
        key: (usize, usize),
        inst: &Inst,
        addr: usize,
        args: &[CValue],
        may_fail: bool,
    ) -> Result<CValue, String> {
        let snap = inst.snap.ok_or("a call without a snapshot")?;
        let roots = self.roots.get(&key).cloned().unwrap_or_default();
        if !roots.is_empty() {
            let spill = self.b.ins().load(I64, flags(), self.ctx, offsets::SPILL);
            for (i, v) in roots.iter().enumerate() {
                let x = self.var(*v)?;
                self.b.ins().store(flags(), x, spill, (i * 8) as i32);
            }
        }
        let n = self.b.ins().iconst(I64, roots.len() as i64);
        self.b.ins().store(flags(), n, self.ctx, offsets::NROOTS);
        let params = vec![I64; args.len()];
        let status = self.helper(addr, &params, Some(types::I32), args).expect("a status");
        let raise = self.exit_block(ExitCode::Raise(snap), snap)?;
        let cont = self.b.create_block();
        if may_fail {
            let failed = self.exit_block(ExitCode::Guard(snap), snap)?;
            let check = self.b.create_block();
            self.b.ins().brif(status, check, &[], cont, &[]);
            self.b.switch_to_block(check);
            let is_fail = self.b.ins().icmp_imm_s(IntCC::Equal, status, helpers::FAILED as i64);
            self.b.ins().brif(is_fail, failed, &[], raise, &[]);
        } else {
            self.b.ins().brif(status, raise, &[], cont, &[]);
        }
        self.b.switch_to_block(cont);
        Ok(self.b.ins().load(I64, flags(), self.ctx, offsets::RESULT))
    }

    fn konst_bits(&self, inst: &Inst, i: usize) -> Result<u64, String> {
        match inst.imms.get(i) {
            Some(Imm::Konst(k)) => Ok(self.c.values.get(k.index()).ok_or("a constant out of range")?.bits()),
            _ => Err(format!("{} without a constant", inst.op)),
        }
    }

    fn int_imm(inst: &Inst, i: usize) -> i64 {
        inst.imms.get(i).and_then(Imm::as_int).unwrap_or(0)
    }

    fn name_imm(inst: &Inst) -> &str {
        match inst.imms.first() {
            Some(Imm::Name(n)) => n,
            _ => "",
        }
    }

    fn sym(&mut self, inst: &Inst) -> usize {
        let s = self.vm.intern(Self::name_imm(inst));
        self.aux.syms.push(Box::new(s));
        &**self.aux.syms.last().expect("just pushed") as *const Sym as usize
    }

    fn iconst(&mut self, x: u64) -> CValue {
        self.b.ins().iconst(I64, x as i64)
    }

    fn inst(&mut self, bi: usize, ii: usize, inst: &Inst) -> Result<(), String> {
        use Opcode::*;
        let sig = inst.op.sig();
        // (`iter_end`'s snapshot is past the loop: only a real failure may take it.)
        if self.opts.chaos > 0 && sig.exits && inst.op != IterEnd {
            let ctx = self.ctx;
            let n = self.iconst(self.opts.chaos);
            let fail = self.h(helpers::chaos as *const () as usize, &[ctx, n]);
            self.guard_unless(inst, fail)?;
        }
        let a: Vec<CValue> = inst.args.iter().map(|v| self.var(*v)).collect::<Result<_, _>>()?;
        let ctx = self.ctx;
        match inst.op {
            ConstI64 => {
                let x = self.iconst(Self::int_imm(inst, 0) as u64);
                self.set(inst, x)
            }
            ConstBool => {
                let x = self.b.ins().iconst(I8, (Self::int_imm(inst, 0) != 0) as i64);
                self.set(inst, x)
            }
            ConstF64 => {
                let x = self.b.ins().f64const(inst.imms.first().and_then(Imm::as_float).unwrap_or(0.0));
                self.set(inst, x)
            }
            ConstVal => {
                let bits = self.konst_bits(inst, 0)?;
                let x = self.iconst(bits);
                self.set(inst, x)
            }
            IAddOvf | ISubOvf | IMulOvf | INegOvf => {
                let (r, ovf) = match inst.op {
                    IAddOvf => self.b.ins().sadd_overflow(a[0], a[1]),
                    ISubOvf => self.b.ins().ssub_overflow(a[0], a[1]),
                    IMulOvf => self.b.ins().smul_overflow(a[0], a[1]),
                    _ => {
                        let zero = self.iconst(0);
                        self.b.ins().ssub_overflow(zero, a[0])
                    }
                };
                self.guard_unless(inst, ovf)?;
                self.set(inst, r)
            }
            IAdd => {
                let x = self.b.ins().iadd(a[0], a[1]);
                self.set(inst, x)
            }
            ISub => {
                let x = self.b.ins().isub(a[0], a[1]);
                self.set(inst, x)
            }
            IMul => {
                let x = self.b.ins().imul(a[0], a[1]);
                self.set(inst, x)
            }
            IFloorDiv | IMod => {
                let (x, y) = (a[0], a[1]);
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let both = self.b.ins().band(min, m1);
                let bad = self.b.ins().bor(zero, both);
                self.guard_unless(inst, bad)?;
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let xr = self.b.ins().bxor(r, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, xr, 0);
                let adj = self.b.ins().band(rnz, neg);
                let out = if inst.op == IFloorDiv {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(adj, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(r, y);
                    self.b.ins().select(adj, r1, r)
                };
                self.set(inst, out)
            }
            IAnd => {
                let x = self.b.ins().band(a[0], a[1]);
                self.set(inst, x)
            }
            IOr => {
                let x = self.b.ins().bor(a[0], a[1]);
                self.set(inst, x)
            }
            IXor => {
                let x = self.b.ins().bxor(a[0], a[1]);
                self.set(inst, x)
            }
            IShr => {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, a[1], 0);
                self.guard_unless(inst, neg)?;
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, a[1], 63);
                let k63 = self.iconst(63);
                let sh = self.b.ins().select(big, k63, a[1]);
                let x = self.b.ins().sshr(a[0], sh);
                self.set(inst, x)
            }
            ILt | ILe | IGt | IGe | IEq | INe => {
                let cc = match inst.op {
                    ILt => IntCC::SignedLessThan,
                    ILe => IntCC::SignedLessThanOrEqual,
                    IGt => IntCC::SignedGreaterThan,
                    IGe => IntCC::SignedGreaterThanOrEqual,
                    IEq => IntCC::Equal,
                    _ => IntCC::NotEqual,
                };
                let x = self.b.ins().icmp(cc, a[0], a[1]);
                self.set(inst, x)
            }
            FAdd => {
                let x = self.b.ins().fadd(a[0], a[1]);
                self.set(inst, x)
            }
            FSub => {
                let x = self.b.ins().fsub(a[0], a[1]);
                self.set(inst, x)
            }
            FMul => {
                let x = self.b.ins().fmul(a[0], a[1]);
                self.set(inst, x)
            }
            FDiv => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, a[1], zero);
                self.guard_unless(inst, is_zero)?;
                let x = self.b.ins().fdiv(a[0], a[1]);
                self.set(inst, x)
            }
            FNeg => {
                let x = self.b.ins().fneg(a[0]);
                self.set(inst, x)
            }
            FLt | FLe | FGt | FGe | FEq | FNe => {
                let cc = match inst.op {
                    FLt => FloatCC::LessThan,
                    FLe => FloatCC::LessThanOrEqual,
                    FGt => FloatCC::GreaterThan,
                    FGe => FloatCC::GreaterThanOrEqual,
                    FEq => FloatCC::Equal,
                    _ => FloatCC::NotEqual,
                };
                let x = self.b.ins().fcmp(cc, a[0], a[1]);
                self.set(inst, x)
            }
            IToF => {
                let x = self.b.ins().fcvt_from_sint(F64, a[0]);
                self.set(inst, x)
            }
            BNot => {
                let x = self.b.ins().bxor_imm_s(a[0], 1);
                self.set(inst, x)
            }
            Same => {
                let x = self.b.ins().icmp(IntCC::Equal, a[0], a[1]);
                self.set(inst, x)
            }
            BoxI64 | BoxF64 | BoxBool => {
                let t = match inst.op {
                    BoxI64 => Ty::I64,
                    BoxF64 => Ty::F64,
                    _ => Ty::Bool,
                };
                let x = self.box_value(a[0], t);
                self.set(inst, x)
            }
            UnboxI64 => {
                let v = a[0];
                let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
                let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT as i64);
                let join = self.b.create_block();
                self.b.append_block_param(join, I64);
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                self.b.ins().brif(is_int, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let shl = self.b.ins().ishl_imm_s(v, 64 - TAG_SHIFT as i64);
                let i = self.b.ins().sshr_imm_s(shl, 64 - TAG_SHIFT as i64);
                self.b.ins().jump(join, &bargs(&[i]));
                self.b.switch_to_block(slow);
                let st = self
                    .helper(
                        helpers::unbox_int as *const () as usize,
                        &[I64, I64],
                        Some(types::I32),
                        &[ctx, v],
                    )
                    .expect("a status");
                self.guard_unless(inst, st)?;
                let r = self.b.ins().load(I64, flags(), ctx, offsets::RESULT);
                self.b.ins().jump(join, &bargs(&[r]));
                self.b.switch_to_block(join);
                let r = self.b.block_params(join)[0];
                self.set(inst, r)
            }
            UnboxF64 => {
                let not_float = self.b.ins().icmp_imm_s(
                    IntCC::UnsignedGreaterThanOrEqual,
                    a[0],
                    (TAG_INT << TAG_SHIFT) as i64,
                );
                self.guard_unless(inst, not_float)?;
                let x = self.b.ins().bitcast(F64, MemFlagsData::new(), a[0]);
                self.set(inst, x)
            }
            UnboxBool => {
                let tag = self.b.ins().ushr_imm_s(a[0], TAG_SHIFT as i64);
                let not_bool = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, TAG_BOOL as i64);
                self.guard_unless(inst, not_bool)?;
                let low = self.b.ins().band_imm_s(a[0], 1);
                let x = self.b.ins().ireduce(I8, low);
                self.set(inst, x)
            }
            GuardTrue => {
                let f = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], 0);
                self.guard_unless(inst, f)?;
            }
            GuardFalse => {
                let f = self.b.ins().icmp_imm_s(IntCC::NotEqual, a[0], 0);
                self.guard_unless(inst, f)?;
            }
            GuardType if self.opts.obj_layout.is_some() && Self::obj_kind(inst).is_some() => {
                let lay = self.opts.obj_layout.expect("checked");
                let want = Self::obj_kind(inst).expect("checked")(&lay);
                self.guard_object(inst, a[0], |s, obj| {
                    let tag = s.b.ins().uload8(I64, flags(), obj, lay.tag);
                    s.b.ins().icmp_imm_s(IntCC::NotEqual, tag, want as i64)
                })?;
            }
            GuardClass if self.opts.obj_layout.is_some() => {
                let lay = self.opts.obj_layout.expect("checked");
                let cls = self.konst_bits(inst, 0)?;
                let shape = Self::int_imm(inst, 1);
                self.guard_object(inst, a[0], |s, obj| {
                    let tag = s.b.ins().uload8(I64, flags(), obj, lay.tag);
                    s.b.ins().icmp_imm_s(IntCC::NotEqual, tag, lay.instance as i64)
                })?;
                // An instance now: its class and shape are readable.
                let obj = self.b.ins().band_imm_s(a[0], PAYLOAD_MASK as i64);
                let c = self.b.ins().load(I64, flags(), obj, lay.class);
                let k = self.iconst(cls);
                let bad_class = self.b.ins().icmp(IntCC::NotEqual, c, k);
                let sh = self.b.ins().uload32(flags(), obj, lay.shape);
                let bad_shape = self.b.ins().icmp_imm_s(IntCC::NotEqual, sh, shape);
                let fail = self.b.ins().bor(bad_class, bad_shape);
                self.guard_unless(inst, fail)?;
            }
            GuardType => {
                let v = a[0];
                let fail = match Self::name_imm(inst) {
                    "float" => self.b.ins().icmp_imm_s(
                        IntCC::UnsignedGreaterThanOrEqual,
                        v,
                        (TAG_INT << TAG_SHIFT) as i64,
                    ),
                    "none" => {
                        self.b.ins().icmp_imm_s(IntCC::NotEqual, v, kiln_vm::value::Value::NONE.bits() as i64)
                    }
                    name => {
                        let code = match name {
                            "list" => helpers::TYPE_LIST,
                            "tuple" => helpers::TYPE_TUPLE,
                            "int" => helpers::TYPE_INT,
                            "str" => helpers::TYPE_STR,
                            "dict" => helpers::TYPE_DICT,
                            other => return Err(format!("guard_type \"{other}\" is not compiled yet")),
                        };
                        let k = self.iconst(code);
                        let ok = self.h(helpers::is_type as *const () as usize, &[v, k]);
                        self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0)
                    }
                };
                self.guard_unless(inst, fail)?;
            }
            GuardClass => {
                let cls = self.konst_bits(inst, 0)?;
                let cls = self.iconst(cls);
                let shape = self.iconst(Self::int_imm(inst, 1) as u64);
                let ok = self.h(helpers::is_class as *const () as usize, &[a[0], cls, shape]);
                let fail = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.guard_unless(inst, fail)?;
            }
            GuardIs => {
                let f = self.b.ins().icmp(IntCC::NotEqual, a[0], a[1]);
                self.guard_unless(inst, f)?;
            }
            GuardNonNull | IterEnd => {
                let f = self.b.ins().icmp_imm_s(IntCC::Equal, a[0], (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, f)?;
            }
            GuardVersion | GuardLayout => {
                // The VM counter the context points to still has the recorded value.
                let at =
                    if inst.op == GuardVersion { offsets::TYPE_VERSION } else { offsets::LAYOUT_VERSION };
                let p = self.b.ins().load(I64, flags(), ctx, at);
                let v = self.b.ins().load(I64, flags(), p, 0);
                let f = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, Self::int_imm(inst, 0));
                self.guard_unless(inst, f)?;
            }
            GuardEpoch => {
                // Leaves when the hook epoch moved (at entry or during a call) or a
                // collection is wanted: `stress || allocated >= threshold`.
                let epoch = self.b.ins().load(I64, flags(), ctx, offsets::EPOCH);
                let moved = self.b.ins().icmp_imm_s(IntCC::NotEqual, epoch, Self::int_imm(inst, 0));
                let stale = self.b.ins().load(I64, flags(), ctx, offsets::STALE);
                let stale = self.b.ins().icmp_imm_s(IntCC::NotEqual, stale, 0);
                let p = self.b.ins().load(I64, flags(), ctx, offsets::GC_STRESS);
                let stress = self.b.ins().load(I8, flags(), p, 0);
                let stress = self.b.ins().icmp_imm_s(IntCC::NotEqual, stress, 0);
                let p = self.b.ins().load(I64, flags(), ctx, offsets::GC_ALLOCATED);
                let allocated = self.b.ins().load(I64, flags(), p, 0);
                let p = self.b.ins().load(I64, flags(), ctx, offsets::GC_THRESHOLD);
                let threshold = self.b.ins().load(I64, flags(), p, 0);
                let due = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, allocated, threshold);
                let a = self.b.ins().bor(moved, stale);
                let b = self.b.ins().bor(stress, due);
                let fail = self.b.ins().bor(a, b);
                self.guard_unless(inst, fail)?;
            }
            // With the probed layout, slots are read and written in place: the class and
            // shape guard before these proves the object is an instance with the slot.
            GetSlot => {
                let idx = self.iconst(Self::int_imm(inst, 0) as u64);
                let x = match self.opts.slot_layout {
                    Some(lay) => {
                        let addr = self.list_item_addr(lay, a[0], idx);
                        self.b.ins().load(I64, flags(), addr, 0)
                    }
                    None => self.h(helpers::get_slot as *const () as usize, &[ctx, a[0], idx]),
                };
                self.set(inst, x)
            }
            SetSlot => {
                let idx = self.iconst(Self::int_imm(inst, 0) as u64);
                match self.opts.slot_layout {
                    Some(lay) => {
                        let addr = self.list_item_addr(lay, a[0], idx);
                        self.b.ins().store(flags(), a[1], addr, 0);
                    }
                    None => self.h0(helpers::set_slot as *const () as usize, &[ctx, a[0], idx, a[1]]),
                }
            }
            // With the probed layout, lists are read and written in place: the guards
            // before these (type, then 0 <= index < len) make the accesses safe.
            ListLen => {
                let x = match self.opts.list_layout {
                    Some(lay) => {
                        let obj = self.b.ins().band_imm_s(a[0], PAYLOAD_MASK as i64);
                        self.b.ins().load(I64, flags(), obj, lay.len)
                    }
                    None => self.h(helpers::list_len as *const () as usize, &[ctx, a[0]]),
                };
                self.set(inst, x)
            }
            ListGet => {
                let x = match self.opts.list_layout {
                    Some(lay) => {
                        let addr = self.list_item_addr(lay, a[0], a[1]);
                        self.b.ins().load(I64, flags(), addr, 0)
                    }
                    None => self.h(helpers::list_get as *const () as usize, &[ctx, a[0], a[1]]),
                };
                self.set(inst, x)
            }
            ListSet => match self.opts.list_layout {
                Some(lay) => {
                    let addr = self.list_item_addr(lay, a[0], a[1]);
                    self.b.ins().store(flags(), a[2], addr, 0);
                }
                None => self.h0(helpers::list_set as *const () as usize, &[ctx, a[0], a[1], a[2]]),
            },
            ListAppend => self.h0(helpers::list_append as *const () as usize, &[ctx, a[0], a[1]]),
            TupleLen => {
                let x = self.h(helpers::tuple_len as *const () as usize, &[ctx, a[0]]);
                self.set(inst, x)
            }
            TupleGet => {
                let i = self.iconst(Self::int_imm(inst, 0) as u64);
                let x = self.h(helpers::tuple_get as *const () as usize, &[ctx, a[0], i]);
                self.set(inst, x)
            }
            Global => {
                let slot = self.iconst(Self::int_imm(inst, 0) as u64);
                let x = self.h(helpers::global as *const () as usize, &[ctx, slot]);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, unbound)?;
                self.set(inst, x)
            }
            SetGlobal => {
                let slot = self.iconst(Self::int_imm(inst, 0) as u64);
                self.h0(helpers::set_global as *const () as usize, &[ctx, slot, a[0]]);
            }
            MakeClosure => {
                let x = self.h(helpers::make_closure as *const () as usize, &[ctx, a[0], a[1], a[2]]);
                self.set(inst, x)
            }
            MakeFunc => {
                let x = self.h(helpers::make_function as *const () as usize, &[ctx, a[0], a[1]]);
                self.set(inst, x)
            }
            NewDict | NewSet => {
                let f = if inst.op == NewDict {
                    helpers::new_dict as *const () as usize
                } else {
                    helpers::new_set as *const () as usize
                };
                let x = self.h(f, &[ctx]);
                self.set(inst, x)
            }
            ListExtend | SetAdd => {
                let f = match inst.op {
                    ListExtend => helpers::list_extend as *const () as usize,
                    _ => helpers::set_add as *const () as usize,
                };
                self.call_python((bi, ii), inst, f, &[ctx, a[0], a[1]], false)?;
            }
            NewTuple | NewList | BuildStr => {
                let p = self.array(&a);
                let n = self.iconst(a.len() as u64);
                let f = match inst.op {
                    NewTuple => helpers::new_tuple as *const () as usize,
                    NewList => helpers::new_list as *const () as usize,
                    _ => helpers::build_str as *const () as usize,
                };
                let x = self.h(f, &[ctx, p, n]);
                self.set(inst, x)
            }
            NewSlice => {
                let x = self.h(helpers::new_slice as *const () as usize, &[ctx, a[0], a[1], a[2]]);
                self.set(inst, x)
            }
            NewInstance => {
                let cls = self.konst_bits(inst, 0)?;
                if !a.is_empty() || Self::int_imm(inst, 1) != 0 {
                    return Err("new_instance with slots is not compiled yet".into());
                }
                let cls = self.iconst(cls);
                let x = self.h(helpers::new_instance as *const () as usize, &[ctx, cls]);
                self.set(inst, x)
            }
            StrEq => {
                let r = self.h(helpers::str_eq as *const () as usize, &[a[0], a[1]]);
                let x = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                self.set(inst, x)
            }
            StrGet => {
                let x = self.h(helpers::str_get as *const () as usize, &[ctx, a[0], a[1]]);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, none)?;
                self.set(inst, x)
            }
            SeqNext => {
                let x = match (self.opts.obj_layout, self.opts.seq_layout, self.opts.list_layout) {
                    (Some(objs), Some(lay), Some(list)) => self.list_iter_next(objs, lay, list, a[0]),
                    _ => self.h(helpers::seq_next as *const () as usize, &[a[0]]),
                };
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, none)?;
                self.set(inst, x)
            }
            EnumCount => {
                let x = self.h(helpers::enum_count as *const () as usize, &[a[0]]);
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                self.guard_unless(inst, bad)?;
                self.set(inst, x)
            }
            EnumNext => {
                let x = self.h(helpers::enum_next as *const () as usize, &[a[0]]);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, none)?;
                self.set(inst, x)
            }
            ZipItem => {
                let n = self.iconst(Self::int_imm(inst, 0) as u64);
                let k = self.iconst(Self::int_imm(inst, 1) as u64);
                let x = self.h(helpers::zip_item as *const () as usize, &[a[0], n, k]);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, none)?;
                self.set(inst, x)
            }
            ZipStep => {
                let n = self.iconst(Self::int_imm(inst, 0) as u64);
                self.h0(helpers::zip_step as *const () as usize, &[a[0], n]);
            }
            DictNext => {
                let part = self.iconst(Self::int_imm(inst, 0) as u64);
                let x = self.h(helpers::dict_next as *const () as usize, &[a[0], part]);
                let bad = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                self.guard_unless(inst, bad)?;
                self.set(inst, x)
            }
            DictKey | DictValue => {
                let which = self.iconst(u64::from(inst.op == DictValue));
                let x = self.h(helpers::dict_entry as *const () as usize, &[a[0], a[1], which]);
                self.set(inst, x)
            }
            ModuleAttr => {
                let name = self.sym(inst) as u64;
                let name = self.iconst(name);
                let x = self.h(helpers::module_attr as *const () as usize, &[a[0], name]);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, none)?;
                self.set(inst, x)
            }
            MathF => {
                let x = a[0];
                let r = match Self::name_imm(inst) {
                    "sqrt" => {
                        // Leaves unless x >= 0 (NaN included).
                        let zero = self.b.ins().f64const(0.0);
                        let ok = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, zero);
                        let bad = self.b.ins().bxor_imm_s(ok, 1);
                        self.guard_unless(inst, bad)?;
                        self.b.ins().sqrt(x)
                    }
                    "fabs" => self.b.ins().fabs(x),
                    name => {
                        let f = helpers::MATH_FNS
                            .iter()
                            .position(|m| *m == name)
                            .ok_or_else(|| format!("math function {name} is not compiled"))?;
                        let f = self.iconst(f as u64);
                        let r = self
                            .helper(helpers::math_f as *const () as usize, &[I64, F64], Some(F64), &[f, x])
                            .expect("a result");
                        let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
                        self.guard_unless(inst, nan)?;
                        r
                    }
                };
                self.set(inst, r)
            }
            AddSlot => {
                let shape = self.iconst(Self::int_imm(inst, 0) as u64);
                let idx = self.iconst(Self::int_imm(inst, 1) as u64);
                self.h0(helpers::add_slot as *const () as usize, &[ctx, a[0], a[1], shape, idx]);
            }
            CellGet => {
                let x = self.h(helpers::cell_get as *const () as usize, &[ctx, a[0]]);
                let empty = self.b.ins().icmp_imm_s(IntCC::Equal, x, (TAG_NULL << TAG_SHIFT) as i64);
                self.guard_unless(inst, empty)?;
                self.set(inst, x)
            }
            CellSet => self.h0(helpers::cell_set as *const () as usize, &[ctx, a[0], a[1]]),
            BinOp => {
                let (op, inplace) = binop_from_name(Self::name_imm(inst)).ok_or("an unknown binop")?;
                self.aux.bins.push(Box::new(BinSite { op, inplace }));
                let p = &**self.aux.bins.last().expect("just pushed") as *const BinSite as u64;
                let p = self.iconst(p);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::binop as *const () as usize,
                    &[ctx, a[0], a[1], p],
                    false,
                )?;
                self.set(inst, x)
            }
            Compare => {
                let op = cmpop_from_name(Self::name_imm(inst)).ok_or("an unknown comparison")?;
                self.aux.cmps.push(Box::new(op));
                let p = &**self.aux.cmps.last().expect("just pushed") as *const CmpOp as u64;
                let p = self.iconst(p);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::compare as *const () as usize,
                    &[ctx, a[0], a[1], p],
                    false,
                )?;
                self.set(inst, x)
            }
            Unary => {
                let op = match Self::name_imm(inst) {
                    "neg" => UnaryOp::Neg,
                    "pos" => UnaryOp::Pos,
                    "invert" => UnaryOp::Invert,
                    "not" => UnaryOp::Not,
                    _ => return Err("an unknown unary operator".into()),
                };
                self.aux.unaries.push(Box::new(op));
                let p = &**self.aux.unaries.last().expect("just pushed") as *const UnaryOp as u64;
                let p = self.iconst(p);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::unary as *const () as usize,
                    &[ctx, a[0], p],
                    false,
                )?;
                self.set(inst, x)
            }
            GetAttr => {
                let s = self.sym(inst) as u64;
                let s = self.iconst(s);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::getattr as *const () as usize,
                    &[ctx, a[0], s],
                    false,
                )?;
                self.set(inst, x)
            }
            SetAttr => {
                let s = self.sym(inst) as u64;
                let s = self.iconst(s);
                self.call_python(
                    (bi, ii),
                    inst,
                    helpers::setattr as *const () as usize,
                    &[ctx, a[0], a[1], s],
                    false,
                )?;
            }
            GetItem => {
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::getitem as *const () as usize,
                    &[ctx, a[0], a[1]],
                    false,
                )?;
                self.set(inst, x)
            }
            SetItem => {
                self.call_python(
                    (bi, ii),
                    inst,
                    helpers::setitem as *const () as usize,
                    &[ctx, a[0], a[1], a[2]],
                    false,
                )?;
            }
            Truthy => {
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::truthy as *const () as usize,
                    &[ctx, a[0]],
                    false,
                )?;
                let x = self.b.ins().ireduce(I8, x);
                self.set(inst, x)
            }
            CallFn => {
                let p = self.array(&a);
                let n = self.iconst(a.len() as u64);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::call as *const () as usize,
                    &[ctx, p, n],
                    false,
                )?;
                self.set(inst, x)
            }
            CallKw => {
                let names = self.konst_bits(inst, 0)?;
                let names = self.iconst(names);
                let p = self.array(&a);
                let n = self.iconst(a.len() as u64);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::call_kw as *const () as usize,
                    &[ctx, p, n, names],
                    false,
                )?;
                self.set(inst, x)
            }
            GetIter => {
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::get_iter as *const () as usize,
                    &[ctx, a[0]],
                    false,
                )?;
                self.set(inst, x)
            }
            FormatField => {
                let fl = self.iconst(Self::int_imm(inst, 0) as u64);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::format_field as *const () as usize,
                    &[ctx, a[0], a[1], fl],
                    false,
                )?;
                self.set(inst, x)
            }
            IterNext => {
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::iter_next_or_null as *const () as usize,
                    &[ctx, a[0]],
                    false,
                )?;
                self.set(inst, x)
            }
            IterDone => {
                let x = self.h(helpers::iter_done as *const () as usize, &[a[0]]);
                let x = self.b.ins().ireduce(I8, x);
                self.set(inst, x)
            }
            RangeNext => {
                let Some((objs, lay)) = self.opts.obj_layout.zip(self.opts.range_layout) else {
                    let x = self.call_python(
                        (bi, ii),
                        inst,
                        helpers::range_next as *const () as usize,
                        &[ctx, a[0]],
                        true,
                    )?;
                    self.set(inst, x);
                    return Ok(());
                };
                // Inline for a range iterator (its kind and state checked), the helper for
                // anything else.
                let snap = inst.snap.ok_or("range_next without a snapshot")?;
                let slow = self.b.create_block();
                let fast = self.b.create_block();
                let range = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b.set_cold_block(slow);
                let tag = self.b.ins().ushr_imm_s(a[0], TAG_SHIFT as i64);
                let not_obj = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, TAG_OBJ as i64);
                self.b.ins().brif(not_obj, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                let obj = self.b.ins().band_imm_s(a[0], PAYLOAD_MASK as i64);
                let kind = self.b.ins().uload8(I64, flags(), obj, objs.tag);
                let state = self.b.ins().uload8(I64, flags(), obj, lay.state);
                let bad_kind = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, lay.iter as i64);
                let bad_state = self.b.ins().icmp_imm_s(IntCC::NotEqual, state, lay.range as i64);
                let bad = self.b.ins().bor(bad_kind, bad_state);
                self.b.ins().brif(bad, slow, &[], range, &[]);
                self.b.switch_to_block(range);
                let left = self.b.ins().load(I64, flags(), obj, lay.left);
                let exhausted = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, left, 0);
                let exit = self.exit_block(ExitCode::Guard(snap), snap)?;
                let step_block = self.b.create_block();
                self.b.ins().brif(exhausted, exit, &[], step_block, &[]);
                self.b.switch_to_block(step_block);
                let cur = self.b.ins().load(I64, flags(), obj, lay.cur);
                let step = self.b.ins().load(I64, flags(), obj, lay.step);
                let next = self.b.ins().iadd(cur, step);
                self.b.ins().store(flags(), next, obj, lay.cur);
                let left1 = self.b.ins().iadd_imm_s(left, -1);
                self.b.ins().store(flags(), left1, obj, lay.left);
                self.b.ins().jump(done, &[cur.into()]);
                self.b.switch_to_block(slow);
                let x = self.call_python(
                    (bi, ii),
                    inst,
                    helpers::range_next as *const () as usize,
                    &[ctx, a[0]],
                    true,
                )?;
                self.b.ins().jump(done, &[x.into()]);
                self.b.switch_to_block(done);
                let x = self.b.block_params(done)[0];
                self.set(inst, x)
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_round_trip() {
        for code in [
            ExitCode::Guard(SnapId(7)),
            ExitCode::Raise(SnapId(0)),
            ExitCode::Exit(SnapId(3)),
            ExitCode::Return(Var(12)),
        ] {
            assert_eq!(ExitCode::decode(code.encode()), code);
        }
    }
}
