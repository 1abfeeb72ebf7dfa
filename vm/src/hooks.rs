//! The frame-evaluation hook chain (the idea of PEP 523, with an answer to "who wins?")
//! and the profiling counters an optimizer turns on when it attaches.
//!
//! Hooks are consulted, highest priority first, when a Python function's frame has been
//! pushed (arguments bound, locals in place) and before its first instruction runs. A hook
//! may
//! - **decline** (`Ok(None)` without running the frame): the walk ends and the
//!   interpreter goes on with the frame as if no hook were there, without a native call, so
//!   Python-to-Python calls stay frameless; lower-priority hooks see the frame only if the
//!   hooks above them delegate;
//! - **run the frame itself** (`Ok(Some(result))`), for example with
//!   [`Vm::run_pushed_frame`] or with compiled code; the interpreter then treats the call
//!   as completed with that result (or with the exception, `Err`);
//! - **delegate** to the rest of the chain with [`Next::call`], and decline, run, or
//!   post-process what it got back.
//!
//! Installing or removing a hook bumps [`Vm::hook_epoch`]: compiled code that inlined calls
//! checks the epoch, because a newly installed hook must see those calls' frames. The chain
//! is copy-on-write, so a hook may install or remove hooks (itself included) while it runs:
//! the frame being entered finishes its walk of the old chain, later frames see the new one.
//!
//! With no hook installed, frame entry costs one predictable branch (`hooks_active`).
//! Generator frames resuming after a `yield` and module frames do not consult the chain.

use std::collections::HashMap;
use std::rc::Rc;

use crate::value::Value;
use crate::vm::{PyResult, TypeId, Vm};

/// A frame-evaluation hook.
pub trait EvalHook {
    /// A short name, for logs and errors.
    fn name(&self) -> &str;

    /// Called at entry of a Python frame (the top frame of `vm`). Return `Ok(None)` to
    /// decline, `Ok(Some(v))` or `Err(e)` when the frame was run (by the hook or by the
    /// rest of the chain through `next`).
    fn enter(&self, vm: &mut Vm, next: Next) -> PyResult<Option<Value>>;
}

/// Sees every instruction the dispatcher executes, before it executes it, while attached
/// ([`Vm::attach_observer`]): the interpreter's recording mode. Fused instructions are
/// executed unfused while an observer is attached, and the fast loop is off.
pub trait Observer {
    /// Called before the instruction `op` at `pc` of the top frame runs. It must not
    /// change frames or the value stack; it may detach itself.
    fn before(&self, vm: &mut Vm, pc: usize, op: crate::bytecode::Op);
}

/// Called at loop back-edges while profiling is on (an optimizer's entry point for loops).
pub trait LoopHook {
    /// The backward jump at `jump_pc` of the top frame is about to go to `target` (the
    /// frame's pc is already `target`). Return `Ok(true)` if the hook changed the frame
    /// state (it ran compiled code): the interpreter then reloads the frame and goes on
    /// from its pc. `Err` is an exception raised at the frame's pc.
    fn backedge(&self, vm: &mut Vm, code: Value, jump_pc: u32, target: u32) -> PyResult<bool>;

    /// The top frame was just pushed (pc 0) for a call of a code whose
    /// [`crate::object::CodeObj::entry_gate`] is set. `Ok(None)`: the interpreter runs the
    /// frame from its pc (the hook may have run part of it); `Ok(Some(v))`: the hook ran
    /// the call to its end and `v` is its value (the caller pops the frame). `Err`: the
    /// call raised.
    fn entry(&self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        Ok(None)
    }
}

/// Identifies an installed hook, for removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HookId(u64);

/// Conventional priorities: a debugger sees frames before a profiler, a profiler before an
/// optimizer.
pub mod priority {
    /// Debuggers and tracers.
    pub const DEBUGGER: i32 = 300;
    /// Profilers.
    pub const PROFILER: i32 = 200;
    /// Optimizers (the JIT).
    pub const OPTIMIZER: i32 = 100;
}

#[derive(Clone)]
struct Entry {
    id: HookId,
    priority: i32,
    hook: Rc<dyn EvalHook>,
}

/// The installed hooks, highest priority first (installation order among equals).
#[derive(Default)]
pub struct HookChain {
    entries: Rc<Vec<Entry>>,
    epoch: u64,
    next_id: u64,
}

/// The rest of the chain after the hook being called.
pub struct Next {
    chain: Rc<Vec<Entry>>,
    index: usize,
}

impl Next {
    /// Consults the remaining hooks; `Ok(None)` if all of them declined (the interpreter
    /// will run the frame unless the caller runs it).
    pub fn call(self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self.chain.get(self.index) {
            None => Ok(None),
            Some(e) => {
                let hook = e.hook.clone();
                hook.enter(vm, Next { chain: self.chain, index: self.index + 1 })
            }
        }
    }

    /// The names of the hooks still to come, in order.
    pub fn remaining(&self) -> Vec<String> {
        self.chain[self.index.min(self.chain.len())..].iter().map(|e| e.hook.name().to_string()).collect()
    }
}

/// A hash map for per-entry lookups (keys are code addresses, pcs and snapshot numbers,
/// not attacker-chosen: a multiply-rotate hash is enough and much cheaper than SipHash).
pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;

/// The hasher of [`FastMap`].
#[derive(Default)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Loop back-edge and function-entry counts, kept while an optimizer has profiling on.
#[derive(Default, Debug)]
pub struct Profile {
    /// Back-edges taken, by (code object, pc of the backward jump).
    pub backedges: FastMap<(usize, u32), u64>,
    /// Python function frames entered, by code object.
    pub entries: FastMap<usize, u64>,
}

impl Profile {
    /// Back-edges counted at (code, pc).
    pub fn backedge_count(&self, code: Value, pc: u32) -> u64 {
        self.backedges.get(&(code.bits() as usize, pc)).copied().unwrap_or(0)
    }

    /// Entries counted for a code object.
    pub fn entry_count(&self, code: Value) -> u64 {
        self.entries.get(&(code.bits() as usize)).copied().unwrap_or(0)
    }
}

/// What one inline-cache site has seen: the type feedback an optimizer reads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteFeedback {
    /// For operator sites: the built-in types seen on the left and on the right when the
    /// fast path did not apply.
    pub operand_types: Option<(Vec<TypeId>, Vec<TypeId>)>,
    /// For attribute and method sites: the (class, shape) pairs cached, polymorphic up to
    /// `CACHE_WAYS`.
    pub receivers: Vec<(Value, u32)>,
    /// How often the site missed its cache.
    pub misses: u32,
}

fn types_in(bits: u64) -> Vec<TypeId> {
    TypeId::ALL.iter().copied().filter(|&t| bits & (1u64 << (t as u32)) != 0).collect()
}

/// The feedback of inline-cache site `site` of a code object (`None` if there is no such
/// site).
pub fn site_feedback(code: Value, site: usize) -> Option<SiteFeedback> {
    let code = crate::interp::code_ref(code);
    let ways = code.caches.get(site)?;
    let mut fb = SiteFeedback::default();
    for (i, w) in ways.iter().enumerate() {
        let e = w.get();
        if i == 0 {
            fb.misses = e.misses;
        }
        match e.kind {
            // Operator sites keep the type sets in their first way.
            4 => fb.operand_types = Some((types_in(e.key), types_in(e.value))),
            // Attribute slot and method entries: the class they were filled for.
            1..=3 if e.key != 0 => {
                fb.receivers.push((Value::from_bits(e.key), e.shape.max(e.version as u32)))
            }
            _ => {}
        }
    }
    Some(fb)
}

impl Vm {
    /// Installs a hook with a priority (higher runs first; see [`priority`]) and bumps the
    /// hook epoch.
    pub fn install_hook(&mut self, priority: i32, hook: Rc<dyn EvalHook>) -> HookId {
        let chain = &mut self.hook_chain;
        let id = HookId(chain.next_id);
        chain.next_id += 1;
        let mut entries = (*chain.entries).clone();
        let at = entries.iter().position(|e| e.priority < priority).unwrap_or(entries.len());
        entries.insert(at, Entry { id, priority, hook });
        chain.entries = Rc::new(entries);
        chain.epoch += 1;
        self.hooks_active = true;
        self.update_poll();
        id
    }

    /// Removes a hook; false if it was not installed. Bumps the hook epoch.
    pub fn remove_hook(&mut self, id: HookId) -> bool {
        let chain = &mut self.hook_chain;
        let mut entries = (*chain.entries).clone();
        let before = entries.len();
        entries.retain(|e| e.id != id);
        if entries.len() == before {
            return false;
        }
        chain.entries = Rc::new(entries);
        chain.epoch += 1;
        self.hooks_active = !chain.entries.is_empty();
        self.update_poll();
        true
    }

    /// Changes whenever a hook is installed or removed.
    pub fn hook_epoch(&self) -> u64 {
        self.hook_chain.epoch
    }

    /// The installed hooks' names, in the order they are consulted.
    pub fn hook_names(&self) -> Vec<String> {
        self.hook_chain.entries.iter().map(|e| e.hook.name().to_string()).collect()
    }

    /// Turns the profiling counters on (an optimizer attaching) or off. While on, every
    /// loop back-edge and call leaves the interpreter's fast loop to be counted.
    pub fn set_profiling(&mut self, on: bool) {
        self.profile = if on { Some(Box::default()) } else { None };
        self.update_poll();
    }

    /// Safepoints stop by the VM while hooks or profiling need them: the interpreter's
    /// fast loop then leaves calls and back-edges to the dispatcher, which consults the
    /// hooks and counts. Without either, nothing on those paths changes.
    fn update_poll(&mut self) {
        let on = self.hooks_active || self.profile.is_some();
        self.heap.set_poll(on);
    }

    /// Attaches the instruction observer (recording mode): the fast loop is off until
    /// [`Vm::detach_observer`].
    pub fn attach_observer(&mut self, obs: Rc<dyn Observer>) {
        if self.observer.is_none() {
            self.fast_loop_saved = self.fast_loop;
        }
        self.fast_loop = false;
        self.observer = Some(obs);
    }

    /// Detaches the observer and restores the fast loop.
    pub fn detach_observer(&mut self) {
        if self.observer.take().is_some() {
            self.fast_loop = self.fast_loop_saved;
        }
    }

    /// Whether an observer is attached.
    pub fn observing(&self) -> bool {
        self.observer.is_some()
    }

    /// Lets the next `n` back-edges of the backward jump at `jump_pc` of `code` pass
    /// without stopping for profiling and the loop hook (`u32::MAX`: all of them, for a
    /// loop the optimizer gave up on).
    pub fn set_loop_gate(&self, code: Value, jump_pc: u32, n: u32) {
        if let Some(g) = crate::interp::code_ref(code).loop_gates.get(jump_pc as usize) {
            g.set(n);
        }
    }

    /// Sets (or clears) the loop hook; it is called only while profiling is on.
    pub fn set_loop_hook(&mut self, hook: Option<Rc<dyn LoopHook>>) {
        self.loop_hook = hook;
    }

    /// The profiling counters, if profiling is on.
    pub fn profile(&self) -> Option<&Profile> {
        self.profile.as_deref()
    }

    /// Counts a taken back-edge (called only while something asked for polling).
    pub(crate) fn count_backedge(&mut self, code: Value, pc: u32) {
        if let Some(p) = &mut self.profile {
            *p.backedges.entry((code.bits() as usize, pc)).or_insert(0) += 1;
        }
    }

    /// Consults the hook chain for the frame just pushed (called only when
    /// `hooks_active`). `Ok(None)`: run it in the interpreter. `Ok(Some(v))` / `Err`: the
    /// call is complete and its frame is gone.
    #[cold]
    pub(crate) fn consult_hooks(&mut self) -> PyResult<Option<Value>> {
        let depth = self.frames.len();
        let frame = self.frames[depth - 1].clone();
        if let Some(p) = &mut self.profile {
            *p.entries.entry(frame.code.bits() as usize).or_insert(0) += 1;
        }
        let chain = self.hook_chain.entries.clone();
        let r = Next { chain, index: 0 }.call(self);
        self.hook_outcome(r, depth, &frame)
    }

    /// A hook's outcome for the frame it was offered (`frame`, at `depth`): `Ok(None)`,
    /// the interpreter runs the frame; otherwise the hook ran it, and if its frame is
    /// still there (a hook that produced the result without running the frame), it goes
    /// now.
    fn hook_outcome(
        &mut self,
        r: PyResult<Option<Value>>,
        depth: usize,
        frame: &crate::vm::Frame,
    ) -> PyResult<Option<Value>> {
        if matches!(r, Ok(None)) {
            return Ok(None);
        }
        if self.frames.len() >= depth {
            self.frames.truncate(depth - 1);
            self.stack.truncate(frame.ret_sp as usize);
            self.handlers.truncate(frame.handler_base as usize);
            self.exc_info.truncate(frame.exc_base as usize);
        }
        r
    }

    /// Offers the frame just pushed for a gated code (`CodeObj::entry_gate`) to the loop
    /// hook; see [`LoopHook::entry`]. Past a bounded native depth (each entry that runs
    /// compiled code nests Rust frames) the interpreter just runs the frame.
    ///
    /// The hook may leave frames of calls it had inlined above the entry frame (a deopt
    /// inside one), or raise at the top frame's pc: those frames are finished here, in a
    /// nested loop, so that the caller sees the entry frame on top (`Ok(None)`) or the
    /// call's outcome, as with an eval hook.
    pub(crate) fn consult_entry(&mut self) -> PyResult<Option<Value>> {
        let Some(h) = self.loop_hook.clone() else { return Ok(None) };
        if self.profile.is_none() || self.native_depth > 1000 {
            return Ok(None);
        }
        let depth = self.frames.len();
        let frame = self.frames[depth - 1].clone();
        self.native_depth += 1;
        let mut r = h.entry(self);
        if self.frames.len() > depth {
            // Callee frames rebuilt by a deopt: they return into the entry frame.
            self.frames[depth].entry = true;
            let pending = r.err();
            r = match self.run_with(pending) {
                Ok(v) => {
                    self.stack.push(v);
                    Ok(None)
                }
                // Raised out of them: the entry frame gets it at its call (its pc is
                // past the call, the convention for a frame that raised).
                Err(exc) => Err(exc),
            };
        }
        let r = match r {
            Err(exc) if self.frames.len() == depth => {
                // Raised in the entry frame: its own handlers see it.
                self.frames[depth - 1].entry = true;
                self.run_with(Some(exc)).map(Some)
            }
            r => r,
        };
        self.native_depth -= 1;
        self.hook_outcome(r, depth, &frame)
    }

    /// Runs the top frame (just pushed, about to start) to completion in a nested
    /// interpreter loop and returns its result; its frame is popped. For hooks that run
    /// the frame themselves.
    pub fn run_pushed_frame(&mut self) -> PyResult<Value> {
        if self.native_depth > 2000 {
            return self.err(crate::vm::ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        let fi = self.frames.len() - 1;
        self.frames[fi].entry = true;
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        r
    }

    /// The value of a module global, if it is bound (for tools and tests).
    pub fn get_global(&mut self, name: &str) -> Option<Value> {
        let s = self.intern(name);
        let i = self.global_slot(s) as usize;
        let v = self.globals[i].value;
        (!v.is_null()).then_some(v)
    }

    /// Like [`Vm::run_pushed_frame`], but the top frame (which may be part-way through)
    /// first raises `exc` at its pc: its own handlers see it, and if none catches it, it
    /// leaves the frame. For hooks that ran part of a frame and met an exception.
    pub fn resume_top_frame_raising(&mut self, exc: Value) -> PyResult<Value> {
        if self.native_depth > 2000 {
            return self.err(crate::vm::ExcKind::RecursionError, "maximum recursion depth exceeded");
        }
        let fi = self.frames.len() - 1;
        self.frames[fi].entry = true;
        self.native_depth += 1;
        let r = self.run_with(Some(exc));
        self.native_depth -= 1;
        r
    }

    /// The code object of the top frame (for hooks).
    pub fn top_frame_code(&self) -> Value {
        self.frames.last().map_or(Value::NULL, |f| f.code)
    }
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};

    use super::*;
    use crate::interp::code_ref;

    /// Runs `src` as the main module with hooks installed by `setup`; returns the VM.
    fn run(src: &str, setup: impl FnOnce(&mut Vm)) -> Vm {
        let unit = crate::compiler::compile_module(src, "<hooks>").unwrap();
        let mut vm = Vm::new();
        let code = vm.load_code(&unit);
        vm.init_main_globals("<hooks>");
        setup(&mut vm);
        vm.run_module(code).unwrap_or_else(|_| panic!("the program raised"));
        vm
    }

    fn int(vm: &mut Vm, name: &str) -> i64 {
        vm.get_global(name)
            .and_then(|v| v.as_small_int())
            .unwrap_or_else(|| panic!("{name} is not a small int"))
    }

    fn top_name(vm: &Vm) -> String {
        code_ref(vm.top_frame_code()).name.clone()
    }

    /// Logs entries, then declines, delegates, or runs the frame, as told.
    struct Logger {
        name: &'static str,
        log: Rc<RefCell<Vec<String>>>,
        mode: Mode,
        max_depth: Cell<usize>,
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Decline,
        Delegate,
        Run,
        /// Removes the hook stored in `TO_REMOVE` on its first call, then delegates.
        RemoveOther,
    }

    thread_local! {
        static TO_REMOVE: Cell<Option<HookId>> = const { Cell::new(None) };
    }

    impl EvalHook for Logger {
        fn name(&self) -> &str {
            self.name
        }

        fn enter(&self, vm: &mut Vm, next: Next) -> PyResult<Option<Value>> {
            self.max_depth.set(self.max_depth.get().max(vm.native_depth));
            let f = top_name(vm);
            self.log.borrow_mut().push(format!("{}:{f}", self.name));
            match self.mode {
                Mode::Decline => Ok(None),
                Mode::Delegate => {
                    let r = next.call(vm)?;
                    self.log.borrow_mut().push(format!("{}:{f}:back:{}", self.name, r.is_some()));
                    Ok(r)
                }
                Mode::Run => {
                    let v = vm.run_pushed_frame()?;
                    self.log.borrow_mut().push(format!("{}:{f}:ran", self.name));
                    Ok(Some(v))
                }
                Mode::RemoveOther => {
                    if let Some(id) = TO_REMOVE.with(|c| c.take()) {
                        assert!(vm.remove_hook(id));
                    }
                    next.call(vm)
                }
            }
        }
    }

    fn logger(name: &'static str, log: &Rc<RefCell<Vec<String>>>, mode: Mode) -> Rc<Logger> {
        Rc::new(Logger { name, log: log.clone(), mode, max_depth: Cell::new(0) })
    }

    const SRC: &str = "def sq(x):\n    return x * x\ndef f(n):\n    return sq(n) + 1\nr = f(3)\n";

    #[test]
    fn hooks_run_in_priority_order_and_delegate_down_the_chain() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let (l, lg) = (log.clone(), log.clone());
        let mut vm = run(SRC, move |vm| {
            vm.install_hook(priority::OPTIMIZER, logger("opt", &l, Mode::Run));
            vm.install_hook(priority::DEBUGGER, logger("dbg", &lg, Mode::Delegate));
            assert_eq!(vm.hook_names(), ["dbg", "opt"]);
        });
        assert_eq!(int(&mut vm, "r"), 10);
        let log = log.borrow();
        assert_eq!(
            *log,
            [
                "dbg:f",
                "opt:f",
                // f's body runs in opt's nested loop; its call of sq consults the chain again.
                "dbg:sq",
                "opt:sq",
                "opt:sq:ran",
                "dbg:sq:back:true",
                "opt:f:ran",
                "dbg:f:back:true",
            ]
        );
    }

    #[test]
    fn declining_hooks_keep_python_calls_frameless() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let hook = logger("watch", &log, Mode::Decline);
        let h = hook.clone();
        let src =
            "def down(n):\n    if n == 0:\n        return 0\n    return down(n - 1) + 1\nr = down(900)\n";
        let mut vm = run(src, move |vm| {
            vm.install_hook(priority::PROFILER, h);
        });
        assert_eq!(int(&mut vm, "r"), 900);
        assert_eq!(log.borrow().len(), 901, "every frame entry consulted the hook");
        // 900 nested Python calls, and the interpreter loop never re-entered natively (the
        // module's own loop is depth 0).
        assert_eq!(hook.max_depth.get(), 0);
    }

    #[test]
    fn a_hook_can_remove_another_while_running_and_the_epoch_moves() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let (l1, l2) = (log.clone(), log.clone());
        let mut epochs = Vec::new();
        let mut vm = run(SRC, |vm| {
            epochs.push(vm.hook_epoch());
            vm.install_hook(priority::DEBUGGER, logger("remover", &l1, Mode::RemoveOther));
            let victim = vm.install_hook(priority::PROFILER, logger("victim", &l2, Mode::Decline));
            TO_REMOVE.with(|c| c.set(Some(victim)));
            epochs.push(vm.hook_epoch());
        });
        assert_eq!(int(&mut vm, "r"), 10);
        // The victim still sees f (the chain being walked is the one from before the
        // removal) but not sq.
        assert_eq!(*log.borrow(), ["remover:f", "victim:f", "remover:sq"]);
        assert_eq!(vm.hook_names(), ["remover"]);
        assert!(epochs[1] > epochs[0] && vm.hook_epoch() > epochs[1]);
        assert!(!vm.remove_hook(HookId(12345)));
    }

    /// Answers calls of `sq` itself (without running the frame) and raises in `boom`.
    struct Stub;

    impl EvalHook for Stub {
        fn name(&self) -> &str {
            "stub"
        }

        fn enter(&self, vm: &mut Vm, next: Next) -> PyResult<Option<Value>> {
            match top_name(vm).as_str() {
                "sq" => Ok(Some(Value::small_int(100))),
                "boom" => vm.err(crate::vm::ExcKind::ValueError, "from the hook"),
                _ => next.call(vm),
            }
        }
    }

    #[test]
    fn a_hook_may_answer_a_call_or_raise_without_running_the_frame() {
        let src =
            "def boom():\n    return 1\ndef sq(x):\n    return x * x\ndef f(n):\n    return sq(n) + 1\n\
                   r = f(3)\ntry:\n    boom()\nexcept ValueError as e:\n    m = len(str(e))\n";
        let mut vm = run(src, |vm| {
            vm.install_hook(priority::OPTIMIZER, Rc::new(Stub));
        });
        assert_eq!(int(&mut vm, "r"), 101);
        assert_eq!(int(&mut vm, "m"), "from the hook".len() as i64);
        assert_eq!(vm.frames.len(), 0, "the answered frames are gone");
    }

    #[test]
    fn type_feedback_names_operand_types_and_receiver_classes() {
        for (i, t) in TypeId::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
        }
        let src = "class P:\n    def __init__(self):\n        self.x = 1\n\
                   def f(p, a, b):\n    return p.x, a + b\n\
                   r = f(P(), 1, 2.5)\ns = f(P(), [1], [2])\n";
        let mut vm = run(src, |_| {});
        let f = vm.get_global("f").unwrap();
        let cls = vm.get_global("P").unwrap();
        let code = match f.kind() {
            Some(crate::object::ObjKind::Function(func)) => func.code,
            _ => unreachable!(),
        };
        let sites: Vec<SiteFeedback> = (0..).map_while(|i| site_feedback(code, i)).collect();
        assert!(sites.iter().any(|s| s.receivers.iter().any(|(c, _)| *c == cls)), "{sites:?}");
        let ops: Vec<&(Vec<TypeId>, Vec<TypeId>)> =
            sites.iter().filter_map(|s| s.operand_types.as_ref()).collect();
        assert!(
            ops.iter().any(|(l, r)| l.contains(&TypeId::List) && r.contains(&TypeId::List)),
            "list + list went through the slow path and was recorded: {sites:?}"
        );
        assert_eq!(site_feedback(code, 10_000), None);
    }

    #[test]
    fn profiling_counts_back_edges_and_entries() {
        let src = "def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += i\n        i += 1\n    return t\n\
                   r = 0\nfor k in range(7):\n    r += f(10)\n";
        let mut vm = run(src, |vm| vm.set_profiling(true));
        assert_eq!(int(&mut vm, "r"), 315);
        let f = vm.get_global("f").unwrap();
        let code = match f.kind() {
            Some(crate::object::ObjKind::Function(func)) => func.code,
            _ => unreachable!(),
        };
        let prof = vm.profile().unwrap();
        let loops: Vec<(&(usize, u32), &u64)> =
            prof.backedges.iter().filter(|((c, _), _)| *c == code.bits() as usize).collect();
        assert_eq!(loops.len(), 1, "{prof:?}");
        assert_eq!(*loops[0].1, 70, "10 iterations in each of 7 calls");
        assert_eq!(prof.backedge_count(code, loops[0].0 .1), 70);
        // The module's for loop: 7 back-edges, somewhere else.
        assert_eq!(prof.backedges.values().sum::<u64>(), 77);
        // Function entries are counted where the hook chain is consulted: with no hook
        // installed, profiling alone sees none.
        assert_eq!(prof.entry_count(code), 0);
    }
}

/// Whether a back-edge at `jump_pc` of `code` may skip the profiling stop: only a gated
/// loop, with no hook installed (`hooks_active`), profiling on and no collection wanted.
/// Consumes one pass of the gate. (A free function: the fast loop holds the value stack
/// borrowed.)
#[inline]
pub(crate) fn gate_passes(
    heap: &crate::gc::Heap,
    hooks_active: bool,
    profiling: bool,
    code: &crate::object::CodeObj,
    jump_pc: usize,
) -> bool {
    if hooks_active || !profiling || heap.wants_collection() {
        return false;
    }
    match code.loop_gates.get(jump_pc) {
        Some(g) if g.get() > 0 => {
            if g.get() != u32::MAX {
                g.set(g.get() - 1);
            }
            true
        }
        _ => false,
    }
}
