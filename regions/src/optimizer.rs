//! The optimizer as it attaches to a VM: profiling on, a loop hook that records hot loops
//! (through the interpreter's recording mode) and runs their compiled regions, the region
//! cache, aborts and the blacklist, and the statistics `--stats` prints.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::{Rc, Weak};

use kiln_vm::bytecode::Op;
use kiln_vm::hooks::{EvalHook, LoopHook, Next, Observer};
use kiln_vm::value::Value;
use kiln_vm::vm::{PyResult, Vm};

use crate::backend::{Backend, JoinPoint, RegionInfo};
use crate::exec::{run_region, Compiled, ExecStats, FastMap, Ran};
use crate::ir::{Opcode, Region};
use crate::passes;
use crate::record::{Abort, Recorder, Step};

/// The region shapes (`--regions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One function body, calls not inlined (the per-frame baseline).
    Frame,
    /// One loop of one frame, calls not inlined.
    Loop,
    /// A loop traced through calls, callees inlined.
    Trace,
}

impl Shape {
    /// Parses a `--regions` value.
    pub fn parse(s: &str) -> Result<Shape, String> {
        match s {
            "frame" => Ok(Shape::Frame),
            "loop" => Ok(Shape::Loop),
            "trace" => Ok(Shape::Trace),
            _ => Err(format!("unknown region shape '{s}' (frame, loop, trace)")),
        }
    }
}

/// One tunable: its name, documentation and default.
pub struct Param {
    /// The name `--jit-param NAME=VALUE` uses.
    pub name: &'static str,
    /// What it does.
    pub doc: &'static str,
    /// Its default.
    pub default: u64,
}

/// Every tunable, with its default.
pub const PARAMS: &[Param] = &[
    Param { name: "hot_loop", doc: "back-edges of one loop before it is recorded", default: 56 },
    Param {
        name: "hot_func",
        doc: "entries of one function before its body is recorded (frame shape)",
        default: 56,
    },
    Param {
        name: "max_trace_ops",
        doc: "IR instructions a recording may emit before it aborts",
        default: 4000,
    },
    Param { name: "abort_limit", doc: "aborted recordings of one loop before it is blacklisted", default: 3 },
    Param {
        name: "hot_exit",
        doc: "exits through one guard of a loop region before a bridge is recorded there",
        default: 20,
    },
    Param {
        name: "storm_window",
        doc: "entries after which a region that completes less than one iteration per two entries is \
              dropped and its loop blacklisted (0: never)",
        default: 200,
    },
    Param {
        name: "storm_iterations",
        doc: "a loop region that averages fewer iterations than this per entry (over storm_window \
              entries) costs more to enter and leave than it saves: it is dropped like a deopt storm",
        default: 1,
    },
    Param {
        name: "max_grafts",
        doc: "bridges back to its own header grafted onto one loop region (compiled into it) at most; \
              later ones are linked (0: never graft)",
        default: 8,
    },
    Param {
        name: "chaos",
        doc: "compiled code fails about one guard in N on purpose, forcing deopts everywhere (0: never; \
              --jit on only)",
        default: 0,
    },
];

/// The optimizer's configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The region shape.
    pub shape: Shape,
    /// The passes, in order.
    pub passes: Vec<&'static str>,
    /// Values of [`PARAMS`], by name.
    pub params: HashMap<&'static str, u64>,
    /// Print recorded regions and each pass's output to stderr.
    pub log: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            shape: Shape::Trace,
            passes: passes::default_pipeline(),
            params: PARAMS.iter().map(|p| (p.name, p.default)).collect(),
            log: false,
        }
    }
}

impl Config {
    /// Sets a parameter from `NAME=VALUE`.
    pub fn set_param(&mut self, spec: &str) -> Result<(), String> {
        let (name, value) =
            spec.split_once('=').ok_or_else(|| format!("expected NAME=VALUE, got '{spec}'"))?;
        let p = PARAMS.iter().find(|p| p.name == name).ok_or_else(|| {
            let known: Vec<&str> = PARAMS.iter().map(|p| p.name).collect();
            format!("unknown parameter '{name}' (known: {})", known.join(", "))
        })?;
        let v =
            value.parse::<u64>().map_err(|_| format!("{name}: expected a whole number, got '{value}'"))?;
        self.params.insert(p.name, v);
        Ok(())
    }

    fn param(&self, name: &str) -> u64 {
        self.params.get(name).copied().unwrap_or(0)
    }
}

struct Entry {
    /// The type version, hook epoch and layout version the region was compiled under
    /// (for the regions whose guards test them): when one moves, the region is
    /// invalidated.
    versions: Versions,
    inlined: usize,
    compiled: Rc<Compiled>,
    name: String,
    recorded_ops: usize,
    optimized_ops: usize,
    /// The region loops (a loop region; not an entry trace that ends at another loop).
    loops: bool,
}

#[derive(Default)]
struct State {
    regions: FastMap<(u64, u32), Entry>,
    /// The recording in progress (boxed: it moves out and back on every instruction).
    recording: Option<(u64, u32, Box<Recorder>)>,
    /// The exit (snapshot number) the recording in progress is a bridge from.
    recording_bridge: Option<u32>,
    /// Bridges by (loop region key, exit snapshot number).
    bridges: FastMap<(u64, u32, u32), Rc<Compiled>>,
    /// Exits whose bridge recordings were abandoned `abort_limit` times.
    bridge_blacklist: HashMap<(u64, u32, u32), u64>,
    /// Times a bridge ran and reached the loop header.
    bridge_joins: u64,
    aborts_at: HashMap<(u64, u32), u64>,
    blacklist: HashSet<(u64, u32), std::hash::BuildHasherDefault<crate::exec::FastHasher>>,
    aborts: BTreeMap<String, u64>,
    exec: FastMap<(u64, u32), ExecStats>,
    /// Constants of compiled regions, kept alive as GC roots.
    pinned: Vec<Value>,
    /// Regions dropped after a deopt storm, by name.
    dropped: Vec<String>,
    /// Functions that traces call instead of inlining: a recording met a loop in them.
    no_inline: Vec<u64>,
    /// Entries of functions gated for entry traces (`CodeObj::entry_gate`), by code.
    entry_counts: FastMap<u64, u64>,
    /// Regions invalidated (a class changed, the hook epoch moved, a global was rebound).
    invalidated: u64,
    /// Regions the back end could not compile.
    not_compiled: u64,
    /// Bridges linked into their loop's native code.
    linked: u64,
    /// Bridges grafted onto their loop (compiled into its code).
    grafted: u64,
    /// IR instructions compiled for grafts, by loop (across its drops and recordings).
    graft_ops: FastMap<(u64, u32), usize>,
    /// Loop regions by native id.
    native_keys: FastMap<u64, (u64, u32)>,
    /// Deopts and exceptions of regions dropped in storms (their counters are reset).
    retired_deopts: u64,
    retired_raised: u64,
    /// Native compile time and code size, by region name.
    compile: Vec<(String, u64, usize)>,
}

/// The tunables the hot paths read, copied out of [`Config::params`] once (a lookup by
/// name on every back-edge costs more than the rest of entering a region).
#[derive(Clone, Copy, Debug)]
struct Tunables {
    hot_loop: u64,
    hot_func: u64,
    max_trace_ops: u64,
    abort_limit: u64,
    hot_exit: u64,
    storm_window: u64,
    storm_iterations: u64,
    max_grafts: u64,
}

impl Tunables {
    fn of(cfg: &Config) -> Tunables {
        Tunables {
            hot_loop: cfg.param("hot_loop"),
            hot_func: cfg.param("hot_func"),
            max_trace_ops: cfg.param("max_trace_ops"),
            abort_limit: cfg.param("abort_limit"),
            hot_exit: cfg.param("hot_exit"),
            storm_window: cfg.param("storm_window"),
            storm_iterations: cfg.param("storm_iterations"),
            max_grafts: cfg.param("max_grafts"),
        }
    }
}

/// The optimizer attached to one VM.
pub struct Optimizer {
    cfg: Config,
    tun: Tunables,
    backend: Option<Rc<dyn Backend>>,
    me: Weak<Optimizer>,
    state: RefCell<State>,
}

impl Optimizer {
    /// Attaches an optimizer with `cfg` to `vm`: profiling on and the loop hook set.
    pub fn attach(vm: &mut Vm, cfg: Config) -> Rc<Optimizer> {
        Self::attach_with(vm, cfg, None)
    }

    /// Attaches an optimizer whose regions `backend` compiles to native code.
    pub fn attach_with(vm: &mut Vm, cfg: Config, backend: Option<Rc<dyn Backend>>) -> Rc<Optimizer> {
        let opt = Rc::new_cyclic(|me| Optimizer {
            tun: Tunables::of(&cfg),
            cfg,
            backend,
            me: me.clone(),
            state: RefCell::default(),
        });
        vm.set_profiling(true);
        vm.set_loop_hook(Some(opt.clone()));
        if opt.cfg.shape == Shape::Frame {
            // Function bodies are entered through the eval hook chain.
            vm.install_hook(kiln_vm::hooks::priority::OPTIMIZER, opt.clone());
        }
        opt
    }

    fn start_recording(&self, vm: &mut Vm, key: (u64, u32)) {
        let inline = self.cfg.shape == Shape::Trace;
        let mut rec = Recorder::start(vm, key.1, self.tun.max_trace_ops as usize, inline);
        let mut st = self.state.borrow_mut();
        rec.no_inline = st.no_inline.clone();
        // A trace that reaches another compiled loop's header ends there and continues
        // into that loop (an entry trace: loop nests run from loop to loop natively).
        if inline {
            rec.set_join_headers(
                st.regions
                    .keys()
                    .filter(|k| k.0 == key.0 && k.1 != key.1 && k.1 != FRAME_ENTRY)
                    .map(|k| k.1)
                    .collect(),
            );
        }
        st.recording = Some((key.0, key.1, Box::new(rec)));
        drop(st);
        if let Some(me) = self.me.upgrade() {
            vm.attach_observer(me);
        }
    }

    fn abort(&self, vm: &mut Vm, key: (u64, u32), why: Abort) {
        self.abort_as(vm, key, why, true)
    }

    /// Abandons the recording; `counts`: the abort counts toward blacklisting the loop
    /// (or the bridge's exit).
    fn abort_as(&self, vm: &mut Vm, key: (u64, u32), why: Abort, counts: bool) {
        vm.detach_observer();
        let mut st = self.state.borrow_mut();
        st.recording = None;
        if let Some(s) = st.recording_bridge.take() {
            *st.aborts.entry(format!("bridge: {why}")).or_insert(0) += 1;
            *st.bridge_blacklist.entry((key.0, key.1, s)).or_insert(0) += u64::from(counts);
            if self.cfg.log {
                let f = &vm.frames[vm.frames.len() - 1];
                let code = kiln_vm::interp::code_ref(f.code);
                eprintln!(
                    "[kiln regions] bridge abort in {}:{} at pc {} (exit {s} of the region at pc {}): {why}",
                    code.name, code.first_line, f.pc, key.1
                );
            }
            return;
        }
        *st.aborts.entry(why.to_string()).or_insert(0) += 1;
        let n = st.aborts_at.entry(key).or_insert(0);
        *n += u64::from(counts);
        if *n >= self.tun.abort_limit {
            st.blacklist.insert(key);
        }
        if self.cfg.log {
            eprintln!("[kiln regions] abort at pc {}: {why}", key.1);
        }
    }

    fn finish(&self, vm: &mut Vm, key: (u64, u32), rec: crate::record::Recorded) {
        vm.detach_observer();
        self.state.borrow_mut().recording = None;
        let mut region = rec.region;
        if self.cfg.log {
            eprintln!("[kiln regions] recorded:\n{region}");
        }
        let recorded_ops = region.inst_count();
        // (Before the passes: once guards share resume points, an inlined callee may
        // leave no snapshot of its own behind.)
        let functions = covered_functions(&region);
        let check = cfg!(debug_assertions);
        let result = if self.cfg.log {
            // One pass at a time, printing the IR after each.
            self.cfg.passes.iter().try_for_each(|name| {
                let r = passes::optimize_checked(&mut region, &[name], check)?;
                let (before, after) = (r.before().unwrap_or(0), r.after().unwrap_or(0));
                eprintln!("[kiln regions] after {name} ({before} -> {after} instructions):\n{region}");
                Ok::<(), String>(())
            })
        } else {
            passes::optimize_checked(&mut region, &self.cfg.passes, check).map(|_| ())
        };
        if let Err(e) = result {
            self.abort(vm, key, Abort::NotYetSupported(format!("optimizer: {e}")));
            return;
        }
        if self.cfg.log {
            eprintln!("[kiln regions] optimized:\n{region}");
        }
        let bridge_from = self.state.borrow().recording_bridge;
        let mut name = region.name.clone();
        if let Some(s) = bridge_from {
            name = format!("{name}.bridge{s}");
        }
        let optimized_ops = region.inst_count();
        let versions = region_versions(&region);
        for v in &rec.values {
            if v.is_obj() {
                vm.roots.push(*v);
            }
        }
        self.state.borrow_mut().pinned.extend(rec.values.iter().copied());
        let mut compiled = Compiled::new(region, rec.values, rec.height);
        compiled.set_bound_locals(rec.bound_locals);
        if let Some(s) = bridge_from {
            if self.graft(vm, key, s, &compiled) {
                // The exit no longer leaves the loop's new code. (The old code, which
                // regions that join the loop natively may still call, leaves there to
                // the interpreter: see `foreign_exit`.) The bridge is kept so that the
                // exit is not recorded again.
                let mut st = self.state.borrow_mut();
                st.recording_bridge = None;
                st.bridges.insert((key.0, key.1, s), Rc::new(compiled));
                return;
            }
        }
        let ends_at_join = matches!(
            compiled.region.blocks.last().and_then(|b| b.term.as_ref()),
            Some(crate::ir::Term::Exit(_))
        );
        let join = match bridge_from {
            None if !ends_at_join => Vec::new(),
            _ => {
                let st = self.state.borrow();
                let point = |k: &(u64, u32)| {
                    let e = st.regions.get(k)?;
                    let n = e.compiled.native.as_ref()?;
                    Some(JoinPoint {
                        pc: k.1,
                        height: e.compiled.height(),
                        id: n.id(),
                        entry: n.entry_address(),
                        unbound: e.compiled.unbound().to_vec(),
                        bound: e.compiled.bound().to_vec(),
                    })
                };
                let mut v: Vec<JoinPoint> = point(&key).into_iter().collect();
                v.extend(
                    st.regions
                        .keys()
                        .filter(|k| k.0 == key.0 && k.1 != key.1 && k.1 != FRAME_ENTRY)
                        .filter_map(point),
                );
                v
            }
        };
        if let Some(backend) = &self.backend {
            let info = RegionInfo { name: name.clone(), functions, join, bridge: bridge_from.is_some() };
            match backend.compile(vm, &compiled, &info) {
                Ok(native) => {
                    self.state.borrow_mut().compile.push((
                        name.clone(),
                        native.compile_micros(),
                        native.code_size(),
                    ));
                    if backend.runs_natively() {
                        compiled.native = Some(native);
                    }
                }
                Err(why) => {
                    self.state.borrow_mut().not_compiled += 1;
                    self.abort(vm, key, Abort::NotYetSupported(format!("cranelift: {why}")));
                    return;
                }
            }
        }
        let compiled = Rc::new(compiled);
        if let Some(backend) = &self.backend {
            backend.register(compiled.clone());
        }
        let mut st = self.state.borrow_mut();
        if let Some(s) = st.recording_bridge.take() {
            st.bridges.insert((key.0, key.1, s), compiled.clone());
            if let Some(native) = st.regions.get(&key).and_then(|p| p.compiled.native.as_ref()) {
                if native.link(s, compiled) {
                    st.linked += 1;
                }
            }
            return;
        }
        if let Some(n) = compiled.native.as_ref() {
            st.native_keys.insert(n.id(), key);
        }
        st.regions.insert(
            key,
            Entry {
                compiled,
                name,
                recorded_ops,
                optimized_ops,
                inlined: rec.inlined,
                versions,
                loops: !ends_at_join,
            },
        );
    }

    /// Grafts the bridge `b`, recorded from exit `s` of the loop region at `key`, onto
    /// the loop ([`crate::graft`]) and compiles the loop again with it, in place of the
    /// old code. False when it cannot be grafted: the bridge is then compiled and linked
    /// on its own.
    fn graft(&self, vm: &mut Vm, key: (u64, u32), s: u32, b: &Compiled) -> bool {
        let Some(backend) = self.backend.as_ref().filter(|be| be.runs_natively()) else { return false };
        let (parent, name) = {
            let st = self.state.borrow();
            let Some(e) = st.regions.get(&key) else { return false };
            let size = e.compiled.region.inst_count() + b.region.inst_count();
            if !e.loops
                || key.1 == FRAME_ENTRY
                || e.compiled.native.is_none()
                || e.compiled.region.grafts.len() as u64 >= self.tun.max_grafts
                || size > GRAFT_MAX_OPS.min(self.tun.max_trace_ops as usize)
                || e.compiled.native.as_ref().is_none_or(|n| n.code_size() > GRAFT_MAX_CODE)
                || st.graft_ops.get(&key).copied().unwrap_or(0) + size > GRAFT_BUDGET
            {
                return false;
            }
            (e.compiled.clone(), e.name.clone())
        };
        let (region, values) = match crate::graft::graft(&parent, b, crate::ir::SnapId(s), key.1) {
            Ok(x) => x,
            Err(why) => {
                if self.cfg.log {
                    eprintln!("[kiln regions] bridge {s} of {name} not grafted: {why}");
                }
                return false;
            }
        };
        if self.cfg.log {
            eprintln!("[kiln regions] grafted bridge {s} ({} instructions):\n{region}", region.inst_count());
        }
        let functions = covered_functions(&region);
        let optimized_ops = region.inst_count();
        let mut m = Compiled::new(region, values, parent.height());
        m.set_bound_locals(parent.bound().to_vec());
        let info =
            RegionInfo { name: format!("{name}.graft{s}"), functions, join: Vec::new(), bridge: false };
        let Ok(native) = backend.compile(vm, &m, &info) else { return false };
        let mut st = self.state.borrow_mut();
        st.compile.push((info.name, native.compile_micros(), native.code_size()));
        st.native_keys.insert(native.id(), key);
        m.native = Some(native);
        let m = Rc::new(m);
        backend.register(m.clone());
        // The loop's other bridges are linked into the new code too.
        let others: Vec<(u32, Rc<Compiled>)> =
            st.bridges.iter().filter(|(k, _)| (k.0, k.1) == key).map(|(k, c)| (k.2, c.clone())).collect();
        for (snap, other) in others {
            if other.native.is_some() && m.native.as_ref().is_some_and(|n| n.link(snap, other)) {
                st.linked += 1;
            }
        }
        st.grafted += 1;
        *st.graft_ops.entry(key).or_insert(0) += optimized_ops;
        if let Some(e) = st.regions.get_mut(&key) {
            e.compiled = m;
            e.optimized_ops = optimized_ops;
        }
        true
    }

    /// The `--stats` report.
    pub fn report(&self) -> String {
        let st = self.state.borrow();
        let mut s = String::new();

        s.push_str(&format!("regions recorded:      {}\n", st.regions.len() + st.dropped.len()));
        let aborts: u64 = st.aborts.values().sum();
        s.push_str(&format!("recordings aborted:    {aborts}\n"));
        for (why, n) in &st.aborts {
            s.push_str(&format!("  {n:>6}  {why}\n"));
        }
        s.push_str(&format!("loops blacklisted:     {}\n", st.blacklist.len()));
        let deopts: u64 = st.retired_deopts
            + st.exec.values().map(|x| x.guard_failures.values().sum::<u64>() + x.bridge_exits).sum::<u64>();
        let raised: u64 = st.retired_raised + st.exec.values().map(|x| x.raised).sum::<u64>();
        s.push_str(&format!("deopts:                {deopts} (failed guards) + {raised} (exceptions)\n"));
        let native_joins: u64 = st.exec.values().map(|x| x.bridge_joins).sum();
        s.push_str(&format!(
            "bridges:               {} (joined the loop {} times; {} linked, {} grafted, joining {} times in \
             native code)\n",
            st.bridges.len(),
            st.bridge_joins + native_joins,
            st.linked,
            st.grafted,
            native_joins
        ));
        s.push_str(&format!("regions dropped:       {} (deopt storms)\n", st.dropped.len()));
        s.push_str(&format!("regions invalidated:   {}\n", st.invalidated));
        if let Some(b) = &self.backend {
            s.push_str(&format!("regions not compiled:  {}\n", st.not_compiled));
            let mut micros: Vec<u64> = st.compile.iter().map(|c| c.1).collect();
            micros.sort_unstable();
            let total: u64 = micros.iter().sum();
            let median = micros.get(micros.len() / 2).copied().unwrap_or(0);
            s.push_str(&format!(
                "compile time:          {:.3} ms total, {} regions, median {} us\n",
                total as f64 / 1000.0,
                micros.len(),
                median
            ));
            for (name, us, size) in &st.compile {
                s.push_str(&format!("  compiled {name}: {us} us, {size} bytes\n"));
            }
            s.push_str(&b.report());
        }
        for name in &st.dropped {
            s.push_str(&format!("  dropped {name}\n"));
        }
        let mut keys: Vec<&(u64, u32)> = st.regions.keys().collect();
        keys.sort_by_key(|k| std::cmp::Reverse(st.exec.get(k).map_or(0, |e| e.ops)));
        for k in keys {
            let e = &st.regions[k];
            let x = st.exec.get(k).cloned().unwrap_or_default();
            let fails: u64 = x.guard_failures.values().sum();
            let per_iter = if x.iterations > 0 { x.ops as f64 / x.iterations as f64 } else { 0.0 };
            s.push_str(&format!(
                "region {}: IR ops {} -> {} after passes; calls inlined {}; entered {}, iterations {}, \
                 IR ops/iteration {:.1}, guards failed {}, exits in code it ran into {}, dead ends {}, \
                 exceptions {}\n",
                e.name,
                e.recorded_ops,
                e.optimized_ops,
                e.inlined,
                x.entries,
                x.iterations,
                per_iter,
                fails,
                x.bridge_exits,
                x.dead_ends,
                x.raised
            ));
        }
        s
    }
}

impl LoopHook for Optimizer {
    /// A call of a function gated for entry traces (trace shape): runs its entry region,
    /// or counts the entry and records one when the function is hot.
    fn entry(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let code = vm.top_frame_code();
        let depth = vm.frames.len();
        let key = (code.bits(), FRAME_ENTRY);
        let compiled = {
            let mut st = self.state.borrow_mut();
            if st.recording.is_some() {
                return Ok(None);
            }
            match st.regions.get(&key) {
                Some(e) => Some(e.compiled.clone()),
                None if st.blacklist.contains(&key) => {
                    // Given up on: calls stop stopping here.
                    kiln_vm::interp::code_ref(code).entry_gate.set(false);
                    return Ok(None);
                }
                None => {
                    let n = st.entry_counts.entry(key.0).or_insert(0);
                    *n += 1;
                    if *n < self.tun.hot_func {
                        return Ok(None);
                    }
                    None
                }
            }
        };
        let compiled = compiled.filter(|_| self.still_valid(vm, key));
        let Some(c) = compiled else {
            if self.state.borrow().blacklist.contains(&key) {
                kiln_vm::interp::code_ref(code).entry_gate.set(false);
                return Ok(None);
            }
            let headers = loop_headers(kiln_vm::interp::code_ref(code));
            if headers.contains(&0) {
                // A loop at the very entry: its own region covers it.
                kiln_vm::interp::code_ref(code).entry_gate.set(false);
                return Ok(None);
            }
            let mut rec = Recorder::start_entry(vm, self.tun.max_trace_ops as usize, headers);
            {
                let mut st = self.state.borrow_mut();
                rec.no_inline = st.no_inline.clone();
                st.recording = Some((key.0, key.1, Box::new(rec)));
            }
            if let Some(me) = self.me.upgrade() {
                vm.attach_observer(me);
            }
            return Ok(None);
        };
        match self.run_loop_region(vm, key, c)? {
            Went::NotRun | Went::Declined => Ok(None),
            Went::On => {
                // Left at the function's own `return` (a bridge that ends there): its
                // value is the call's, without a trip through the interpreter (the
                // caller pops the frame as the `return` would).
                let f = &vm.frames[vm.frames.len() - 1];
                let at_return = vm.frames.len() == depth
                    && matches!(kiln_vm::interp::code_ref(code).ops.get(f.pc as usize), Some(Op::Return))
                    && vm.stack.len() > f.base as usize + kiln_vm::interp::code_ref(code).nlocals();
                Ok(if at_return { vm.stack.pop() } else { None })
            }
            Went::Returned(v) => Ok(Some(v)),
        }
    }

    fn backedge(&self, vm: &mut Vm, code: Value, jump_pc: u32, target: u32) -> PyResult<bool> {
        let key = (code.bits(), target);
        let compiled = {
            let st = self.state.borrow();
            if st.recording.is_some() {
                return Ok(false);
            }
            match st.regions.get(&key) {
                Some(e) => Some(e.compiled.clone()),
                None if st.blacklist.contains(&key) => {
                    // Given up on: the interpreter stops stopping here.
                    vm.set_loop_gate(code, jump_pc, u32::MAX);
                    return Ok(false);
                }
                None => None,
            }
        };
        let compiled = compiled.filter(|_| self.still_valid(vm, key));
        if let Some(c) = compiled {
            return match self.run_loop_region(vm, key, c)? {
                Went::NotRun => {
                    // The frame no longer has the recorded shape (a local bound since, a
                    // deeper value stack): recorded again as it is now.
                    self.invalidate(key);
                    Ok(false)
                }
                Went::On => Ok(true),
                Went::Declined => Ok(false),
                // Only a function-entry region returns.
                Went::Returned(_) => vm.err(
                    kiln_vm::vm::ExcKind::RuntimeError,
                    "a loop region returned from its function (a bug in Kiln's optimizer)",
                ),
            };
        }
        if self.state.borrow().blacklist.contains(&key) {
            // Invalidated just now, and that was its last chance.
            vm.set_loop_gate(code, jump_pc, u32::MAX);
            return Ok(false);
        }
        let hot = vm.profile().map_or(0, |p| p.backedge_count(code, jump_pc));
        if hot >= self.tun.hot_loop {
            self.start_recording(vm, key);
        }
        Ok(false)
    }
}

impl Optimizer {
    /// Runs a loop region from the header (or a function-entry region from the entry),
    /// and the bridges of its exits: a bridge that reaches the header enters the region
    /// again, and a region that ends at another loop's header continues into that loop's
    /// region. Records a bridge at an exit that got hot.
    fn run_loop_region(&self, vm: &mut Vm, key: (u64, u32), c: Rc<Compiled>) -> PyResult<Went> {
        let start = key;
        let (mut key, mut c) = (key, c);
        let depth = vm.frames.len();
        if depth + crate::record::MAX_INLINE_DEPTH + 1 >= vm.recursion_limit {
            return Ok(Went::Declined);
        }
        loop {
            let mut stats = ExecStats::default();
            let r = run_region(vm, &c, &mut stats);
            let own_exit = stats.failed;
            let foreign = stats.foreign_exit;
            self.account(key, stats);
            let ran = r?;
            if let Ran::NotRun = ran {
                return Ok(if key == start { Went::NotRun } else { Went::On });
            }
            if let Ran::Returned(v) = ran {
                return Ok(Went::Returned(v));
            }
            if let Ran::Exited = ran {
                // The region (an entry trace), or a bridge linked into it, ended at a loop
                // header.
                match self.region_at_pc(vm, key) {
                    Some((k, n)) if vm.frames.len() == depth => {
                        (key, c) = (k, n);
                        continue;
                    }
                    _ => {
                        // No region there (any more): the interpreter goes on, and the
                        // trip counts against the region like a failed guard (unless it
                        // ended at a `return`, as a search loop's bridge does).
                        let f = &vm.frames[vm.frames.len() - 1];
                        let at_return = matches!(
                            kiln_vm::interp::code_ref(f.code).ops.get(f.pc as usize),
                            Some(Op::Return)
                        );
                        if !at_return {
                            if let Some(x) = self.state.borrow_mut().exec.get_mut(&key) {
                                x.dead_ends += 1;
                            }
                        }
                        return Ok(Went::On);
                    }
                }
            }
            // The exit may be another loop region's, one a bridge continued into: bridges
            // grow from it as from that region's own exits.
            let (ekey, exit) = match (own_exit, foreign) {
                (Some(s), _) => (key, Some(s)),
                (None, Some((id, s))) => match self.foreign_exit(key, id, s) {
                    Some(k) => (k, Some(s)),
                    None => (key, None),
                },
                _ => (key, None),
            };
            // Bridges from exits that left the loop's own frame on top, or (trace shape)
            // frames of calls it had inlined above it.
            let above = vm.frames.len().saturating_sub(depth);
            let deep_ok = self.cfg.shape == Shape::Trace && above <= crate::record::MAX_INLINE_DEPTH;
            let Some(s) = exit.filter(|_| vm.frames.len() == depth || (vm.frames.len() > depth && deep_ok))
            else {
                return Ok(Went::On);
            };
            let bkey = (ekey.0, ekey.1, s);
            let bridge = {
                let st = self.state.borrow();
                if !st.regions.contains_key(&ekey) {
                    return Ok(Went::On);
                }
                st.bridges.get(&bkey).cloned()
            };
            let Some(b) = bridge else {
                let hot = {
                    let st = self.state.borrow();
                    let fails =
                        st.exec.get(&ekey).and_then(|x| x.guard_failures.get(&s)).copied().unwrap_or(0);
                    let banned = st.bridge_blacklist.get(&bkey).copied().unwrap_or(0) >= self.tun.abort_limit;
                    // An exit inside inlined calls waits longer: such exits are many
                    // (every branch of every inlined callee), and their bridges cost more
                    // to compile than most of them ever save.
                    let need =
                        if above == 0 { self.tun.hot_exit } else { self.tun.hot_exit * DEEP_EXIT_FACTOR };
                    fails >= need && !banned
                };
                if hot {
                    let inline = self.cfg.shape == Shape::Trace;
                    // A bridge from a function-entry region ends at any loop header, like
                    // the region.
                    let joins: Vec<u32> = if ekey.1 == FRAME_ENTRY {
                        loop_headers(kiln_vm::interp::code_ref(Value::from_bits(ekey.0)))
                    } else {
                        // Not at a trace that only leads back into this loop (an outer
                        // loop's, ending at this header): the bridge goes on through it
                        // to this loop's header, where it can be grafted.
                        self.state
                            .borrow()
                            .regions
                            .iter()
                            .filter(|(k, e)| {
                                k.0 == ekey.0
                                    && k.1 != ekey.1
                                    && k.1 != FRAME_ENTRY
                                    && (e.loops || exit_pc(&e.compiled) != Some(ekey.1))
                            })
                            .map(|(k, _)| k.1)
                            .collect()
                    };
                    let max = self.tun.max_trace_ops as usize;
                    let mut rec = if above == 0 {
                        Recorder::start_bridge(vm, ekey.1, max, inline, joins)
                    } else {
                        Recorder::start_bridge_deep(vm, ekey.1, max, joins, above)
                    };
                    {
                        let mut st = self.state.borrow_mut();
                        rec.no_inline = st.no_inline.clone();
                        st.recording = Some((ekey.0, ekey.1, Box::new(rec)));
                        st.recording_bridge = Some(s);
                    }
                    if let Some(me) = self.me.upgrade() {
                        vm.attach_observer(me);
                    }
                }
                return Ok(Went::On);
            };
            if above > 0 {
                // A bridge from inside inlined calls reads their frames' values from the
                // VM's stack, with the loop's frame on top: their frames go first (when
                // the stack has the bridge's shape).
                if !b.fits(vm, vm.frames[depth - 1].base as usize) {
                    return Ok(Went::On);
                }
                vm.frames.truncate(depth);
            }
            let mut bstats = ExecStats::default();
            let rr = run_region(vm, &b, &mut bstats)?;
            // At a loop header: this region again, or another loop's of the same code.
            let next = match rr {
                Ran::Exited => self.region_at_pc(vm, key),
                // The bridge's own guard failed.
                Ran::NotRun | Ran::Resume => return Ok(Went::On),
                Ran::Returned(_) => None,
            };
            let mut st = self.state.borrow_mut();
            match next {
                Some((k, n)) => {
                    st.bridge_joins += 1;
                    (key, c) = (k, n);
                }
                None => {
                    // The bridge took the program out of the loop: not a deopt.
                    if let Some(x) = st.exec.get_mut(&ekey) {
                        x.bridged += 1;
                    }
                    return Ok(Went::On);
                }
            }
        }
    }

    /// Counts an exit that another loop region (native id `id`) returned through the
    /// region `entered` as that region's own (not as a bridge exit of `entered`); that
    /// region's key.
    fn foreign_exit(&self, entered: (u64, u32), id: u64, snap: u32) -> Option<(u64, u32)> {
        let mut st = self.state.borrow_mut();
        let k = st.native_keys.get(&id).copied()?;
        // Only the region's current code: older code of the same loop (replaced by a
        // graft, or dropped and recorded again, but still called natively by regions
        // compiled before) numbers its snapshots its own way, and its exits must not
        // run the current code's bridges.
        let current = st.regions.get(&k).and_then(|e| e.compiled.native.as_ref()).map(|n| n.id());
        if current != Some(id) {
            return None;
        }
        *st.exec.entry(k).or_default().guard_failures.entry(snap).or_insert(0) += 1;
        if let Some(x) = st.exec.get_mut(&entered) {
            x.bridge_exits = x.bridge_exits.saturating_sub(1);
        }
        Some(k)
    }

    /// The loop region to run next when the frame is at a loop header after a bridge:
    /// `key`'s own (at its header) or another compiled loop's of the same code.
    fn region_at_pc(&self, vm: &Vm, key: (u64, u32)) -> Option<((u64, u32), Rc<Compiled>)> {
        let pc = vm.frames[vm.frames.len() - 1].pc;
        let k = (key.0, pc);
        let next = self.state.borrow().regions.get(&k).map(|e| e.compiled.clone())?;
        self.still_valid(vm, k).then_some((k, next))
    }

    /// Adds one run's counters to the region's, and drops a region in a deopt storm.
    fn account(&self, key: (u64, u32), stats: ExecStats) {
        {
            let mut st = self.state.borrow_mut();
            let acc = st.exec.entry(key).or_default();
            acc.entries += stats.entries;
            acc.ops += stats.ops;
            acc.iterations += stats.iterations;
            acc.raised += stats.raised;
            acc.bridge_joins += stats.bridge_joins;
            acc.bridge_exits += stats.bridge_exits;
            acc.bridged += stats.bridged;
            acc.dead_ends += stats.dead_ends;
            for (s, n) in stats.guard_failures {
                *acc.guard_failures.entry(s).or_insert(0) += n;
            }
            if let Some(s) = stats.failed {
                *acc.guard_failures.entry(s).or_insert(0) += 1;
            }
            // A deopt storm costs more than it saves. A loop region is in one when it
            // averages fewer than `storm_iterations` iterations per entry (the times a
            // linked bridge brought it back to its header count as entries) and either
            // mostly leaves badly (through guards no bridge handles yet, counting their
            // exits before they got one too, but not the exits of guards that have one
            // now, linked or grafted: a tree of bridges takes a while to grow; through
            // failed guards in the code it ran into, linked bridges back to its header,
            // or bridges that end where no region continues) or averages under one
            // iteration in eight entries. A loop
            // left through a bridge that leaves the loop, such as a search loop's
            // `return`, is not in a storm for that. (Counting bridges back to the header
            // as iterations instead keeps polymorphic loops compiled, but measured slower
            // than the interpreter on game_tree: 1.4x against 1.1x.) A frame region is in one when it
            // mostly leaves before returning. The region is dropped with its bridges, and
            // recorded again with the types the program has now; after `abort_limit` drops
            // its loop or function is blacklisted.
            let window = self.tun.storm_window;
            let entries = acc.entries + acc.bridge_joins;
            // Judged once the window is full, then every eighth of a window (not on every
            // run: the sums cost more than the rest of a short run's accounting).
            let due = window > 0 && entries >= window && entries >= acc.next_check;
            if due {
                acc.next_check = entries + (window / 8).max(1);
            }
            let storm = due && {
                let fails: u64 = acc.guard_failures.values().sum();
                // In a generator, a loop whose body yields is left at the yield (which is
                // not compiled) and entered again at each resumption: it must average a
                // few iterations per entry to pay for them, however it leaves (`<genexpr>` filters that yield
                // most items measured 1.1x the interpreter's time).
                let generator = key.1 != FRAME_ENTRY
                    && kiln_vm::interp::code_ref(Value::from_bits(key.0)).flags.generator;
                let min_iters =
                    self.tun.storm_iterations.max(1) * if generator { GENERATOR_STORM_FACTOR } else { 1 };
                let loops = st.regions.get(&key).is_none_or(|e| e.loops);
                let acc = &st.exec[&key];
                if key.1 == FRAME_ENTRY {
                    // A function-entry region: leaving through a bridge is fine; ending
                    // at a loop that has no region is not (entering it costs the calls
                    // their fast path, for a prologue).
                    (fails.saturating_sub(acc.bridged) + acc.dead_ends) * 2 > acc.entries
                } else if !loops {
                    // An entry trace (it continues into another loop) leaves through its
                    // end every time: its own failed guards count, and ending where no
                    // region continues. (It goes when the loop it continues into is
                    // dropped.)
                    (fails.saturating_sub(acc.bridged) + acc.dead_ends) * 2 > acc.entries
                } else {
                    let unhandled: u64 = acc
                        .guard_failures
                        .iter()
                        .filter(|(s, _)| !st.bridges.contains_key(&(key.0, key.1, **s)))
                        .map(|(_, n)| n)
                        .sum();
                    let bad = unhandled + acc.bridge_exits + acc.bridge_joins + acc.dead_ends;
                    acc.iterations < min_iters * entries
                        && (generator || bad * 2 > entries || acc.iterations * 8 < entries)
                }
            };
            if storm {
                if let Some(e) = st.regions.remove(&key) {
                    st.dropped.push(e.name);
                }
                // Entry traces that continue into this loop call its code directly: they
                // go too (and are recorded again, ending wherever the program goes then).
                let feeding: Vec<(u64, u32)> = st
                    .regions
                    .iter()
                    .filter(|(k, e)| k.0 == key.0 && !e.loops && exit_pc(&e.compiled) == Some(key.1))
                    .map(|(k, _)| *k)
                    .collect();
                for k in feeding {
                    if let Some(e) = st.regions.remove(&k) {
                        st.dropped.push(e.name);
                    }
                    st.bridges.retain(|b, _| (b.0, b.1) != k);
                    if let Some(x) = st.exec.remove(&k) {
                        st.retired_deopts += x.guard_failures.values().sum::<u64>() + x.bridge_exits;
                        st.retired_raised += x.raised;
                        st.bridge_joins += x.bridge_joins;
                    }
                }
                st.bridges.retain(|b, _| (b.0, b.1) != key);
                // Its counters go to the totals; the next region here starts afresh.
                if let Some(x) = st.exec.remove(&key) {
                    st.retired_deopts += x.guard_failures.values().sum::<u64>() + x.bridge_exits;
                    st.retired_raised += x.raised;
                    st.bridge_joins += x.bridge_joins;
                }
                let limit = self.tun.abort_limit;
                let n = st.aborts_at.entry(key).or_insert(0);
                *n += 1;
                if *n >= limit {
                    st.blacklist.insert(key);
                }
            }
        }
    }
}

impl Optimizer {
    /// Whether the region at `key` was compiled under the VM's current type version and
    /// hook epoch; if not, it is invalidated (dropped from the cache, its bridges with
    /// it) and may be recorded again. A loop invalidated `abort_limit` times is
    /// blacklisted.
    fn still_valid(&self, vm: &Vm, key: (u64, u32)) -> bool {
        let st = self.state.borrow();
        let Some(e) = st.regions.get(&key) else { return false };
        let (tv, epoch, layout) = e.versions;
        if tv.is_none_or(|v| v == vm.type_version)
            && epoch.is_none_or(|v| v == vm.hook_epoch())
            && layout.is_none_or(|v| v == vm.layout_version)
        {
            return true;
        }
        drop(st);
        self.invalidate(key);
        false
    }

    /// Drops the region at `key` with its bridges (it may be recorded again); after
    /// `abort_limit` of these its loop or function is blacklisted.
    fn invalidate(&self, key: (u64, u32)) {
        let mut st = self.state.borrow_mut();
        if st.regions.remove(&key).is_none() {
            return;
        }
        st.bridges.retain(|b, _| (b.0, b.1) != key);
        st.invalidated += 1;
        let n = st.aborts_at.entry(key).or_insert(0);
        *n += 1;
        if *n >= self.tun.abort_limit {
            st.blacklist.insert(key);
        }
    }
}

/// The pc where a region that ends in an `exit` (an entry trace) leaves.
fn exit_pc(c: &Compiled) -> Option<u32> {
    match c.region.blocks.last()?.term.as_ref()? {
        crate::ir::Term::Exit(s) => Some(c.region.snaps.get(s.index())?.frames.first()?.pc),
        _ => None,
    }
}

/// The type version, hook epoch and layout version a region's guards test, if any.
type Versions = (Option<u64>, Option<u64>, Option<u64>);

/// The [`Versions`] a region's guards test.
fn region_versions(region: &Region) -> Versions {
    let mut out = (None, None, None);
    for (_, i) in region.insts() {
        let imm = i.imms.first().and_then(|x| x.as_int()).map(|x| x as u64);
        match i.op {
            Opcode::GuardVersion => out.0 = out.0.or(imm),
            Opcode::GuardEpoch => out.1 = out.1.or(imm),
            Opcode::GuardLayout => out.2 = out.2.or(imm),
            _ => {}
        }
    }
    out
}

/// The Python functions a region covers (`nbody.py:advance`): the entry frame's, then
/// the inlined ones, each once.
fn covered_functions(region: &Region) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for snap in &region.snaps {
        for f in &snap.frames {
            let desc = region.konsts.get(f.code.index()).map(String::as_str).unwrap_or("");
            // "code NAME FILE:LINE" or "function NAME FILE:LINE".
            let mut parts = desc.split(' ').skip(1);
            let (Some(name), Some(at)) = (parts.next(), parts.next()) else { continue };
            let file = at.rsplit_once(':').map_or(at, |(f, _)| f);
            let file = file.rsplit('/').next().unwrap_or(file);
            let full = format!("{file}:{name}");
            if !out.contains(&full) {
                out.push(full);
            }
        }
    }
    out
}

/// How many times `hot_exit` an exit inside inlined calls must be taken before it gets a
/// bridge.
const DEEP_EXIT_FACTOR: u64 = 5;

/// How many times `storm_iterations` a loop region in a generator must average per entry.
const GENERATOR_STORM_FACTOR: u64 = 4;

/// IR instructions (loop and bridge together) beyond which a bridge is linked instead of
/// grafted: compiling a big loop again for each of its bridges costs more than the
/// calls through the links. (Lower bounds, 250 and 400, left richards' polymorphic
/// scheduler loop with linked bridges whose guards could not grow bridges of their own:
/// 1.1x the interpreter's time against 0.44x.)
const GRAFT_MAX_OPS: usize = 1200;

/// Bytes of machine code beyond which a loop gets no more grafts: compile time grows with
/// the code, and some instructions (string operations, calls) compile to much more than
/// others (string_build's loop compiled 29 KiB to 104 KiB in six grafts, 80 ms in all;
/// richards' scheduler loop stays under 26 KiB).
const GRAFT_MAX_CODE: usize = 48 * 1024;

/// IR instructions one loop may compile for grafts in the whole run, across its drops
/// (each graft compiles the whole tree again); later bridges are linked.
const GRAFT_BUDGET: usize = 4000;

/// The key of a function-entry (frame) region: no loop header has this pc.
const FRAME_ENTRY: u32 = u32::MAX;

/// How running a region (and what it continued into) went.
enum Went {
    /// It did not run (the frame does not have the region's shape).
    NotRun,
    /// It did not run this time: the calls it runs inline could pass the recursion limit,
    /// which only the interpreter's calls check.
    Declined,
    /// It ran: the interpreter goes on with the frame state it left.
    On,
    /// A function-entry region ran its function to its `return`: the call's value.
    Returned(Value),
}

/// Whether calls of `code` are worth an entry trace: it holds a loop. (Then its
/// prologue and the loop's first iteration run compiled, and the trace goes on into the
/// loop's region; a function without loops is better off interpreted than entered
/// through the interpreter's call path, as recursive ones are.)
fn worth_an_entry_trace(code: &kiln_vm::object::CodeObj) -> bool {
    !loop_headers(code).is_empty()
}

/// The loop headers of `code`: the targets of its backward jumps.
fn loop_headers(code: &kiln_vm::object::CodeObj) -> Vec<u32> {
    let mut v = Vec::new();
    for (pc, op) in code.ops.iter().enumerate() {
        let t = match *op {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t) => t,
            _ => continue,
        };
        if (t as usize) <= pc && !v.contains(&t) {
            v.push(t);
        }
    }
    v
}

impl EvalHook for Optimizer {
    fn name(&self) -> &str {
        "kiln-regions"
    }

    fn enter(&self, vm: &mut Vm, next: Next) -> PyResult<Option<Value>> {
        let code = vm.top_frame_code();
        let key = (code.bits(), FRAME_ENTRY);
        let compiled = {
            let st = self.state.borrow();
            if st.recording.is_some() {
                drop(st);
                return next.call(vm);
            }
            match st.regions.get(&key) {
                Some(e) => Some(e.compiled.clone()),
                None if st.blacklist.contains(&key) => {
                    drop(st);
                    return next.call(vm);
                }
                None => None,
            }
        };
        let compiled = compiled.filter(|_| self.still_valid(vm, key));
        let Some(c) = compiled else {
            if self.state.borrow().blacklist.contains(&key) {
                return next.call(vm);
            }
            if vm.profile().map_or(0, |p| p.entry_count(code)) >= self.tun.hot_func {
                let rec = Recorder::start_frame(vm, self.tun.max_trace_ops as usize);
                self.state.borrow_mut().recording = Some((key.0, key.1, Box::new(rec)));
                if let Some(me) = self.me.upgrade() {
                    vm.attach_observer(me);
                }
                // The interpreter runs the frame, observed.
                return Ok(None);
            }
            return next.call(vm);
        };
        let mut stats = ExecStats::default();
        let r = run_region(vm, &c, &mut stats);
        self.account(key, stats);
        match r {
            Ok(Ran::NotRun) => next.call(vm),
            // Deoptimized: the interpreter goes on with the frame from its pc.
            Ok(Ran::Resume) | Ok(Ran::Exited) => Ok(None),
            Ok(Ran::Returned(v)) => Ok(Some(v)),
            // Raised inside: the frame's own handlers get it, in the interpreter.
            Err(exc) => vm.resume_top_frame_raising(exc).map(Some),
        }
    }
}

impl Observer for Optimizer {
    fn before(&self, vm: &mut Vm, pc: usize, op: Op) {
        let taken = self.state.borrow_mut().recording.take();
        let Some((code, header, mut rec)) = taken else {
            vm.detach_observer();
            return;
        };
        let key = (code, header);
        match rec.step(vm, pc, op) {
            Step::Continue => self.state.borrow_mut().recording = Some((code, header, rec)),
            Step::Done(r) => {
                // Functions the trace calls without inlining them get entry traces of
                // their own (their calls then stop for `LoopHook::entry`).
                if self.cfg.shape == Shape::Trace {
                    for &c in &rec.called {
                        let code = kiln_vm::interp::code_ref(Value::from_bits(c));
                        if worth_an_entry_trace(code) {
                            code.entry_gate.set(true);
                        }
                    }
                }
                self.finish(vm, key, *r)
            }
            Step::Abort(why) => {
                // A loop in an inlined callee is not the loop's fault: the next recording
                // calls that function instead of inlining it, so this abort does not count
                // toward the blacklist.
                let mut fresh = false;
                if let Some(callee) = rec.loop_callee {
                    let mut st = self.state.borrow_mut();
                    if !st.no_inline.contains(&callee) {
                        st.no_inline.push(callee);
                        fresh = true;
                    }
                }
                self.abort_as(vm, key, why, !fresh)
            }
        }
    }
}
