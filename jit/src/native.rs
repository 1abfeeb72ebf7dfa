//! Running compiled regions: entering native code with a [`Ctx`] and leaving it through
//! the exit it returned, written back by the region-IR executor's own code, so that a
//! native exit and an executor exit rebuild exactly the same interpreter state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kiln_regions::backend::NativeCode;
use kiln_regions::exec::{materialize, write_back, Compiled, ExecStats, Ran};
use kiln_vm::value::Value;
use kiln_vm::vm::{ExcKind, PyResult, Vm};

use crate::helpers::{internal_message, Ctx};
use crate::lower::{Aux, ExitCode};

type Entry = extern "C" fn(*mut Ctx) -> u32;

/// A compiled region.
pub struct NativeRegion {
    entry: Option<Entry>,
    micros: u64,
    size: usize,
    /// Immediate data the code points to.
    _aux: Aux,
    /// Value and spill buffers, one pair per active run (regions re-enter themselves
    /// through recursion).
    buffers: RefCell<Vec<Buffers>>,
    nvals: usize,
    /// Values the buffers need room for: this region's and its linked bridges'.
    need_vals: Cell<usize>,
    /// The size of the frame image: the largest frame a snapshot of the region names.
    height: usize,
    /// Per snapshot: the entry of the bridge linked there (0: none). The code reads them.
    slots: Box<[AtomicUsize]>,
    /// Per snapshot: whether a bridge may be linked there.
    linkable: Vec<bool>,
    /// Per snapshot: the linked bridge (for its exits' write-back).
    links: RefCell<Vec<Option<Rc<Compiled>>>>,
}

/// Per-run buffers: values by number, GC spill, frame image.
struct Buffers {
    vals: Vec<u64>,
    spill: Vec<u64>,
    image: Vec<u64>,
}

impl NativeRegion {
    /// A region compiled for the host.
    ///
    /// # Safety
    /// `code` is the entry of a finalized function with the signature
    /// `extern "C" fn(*mut Ctx) -> u32`, lowered from `c`, that stays mapped for the life
    /// of the process.
    /// `slots` are the link slots the code reads, `linkable` which of them may be used.
    pub unsafe fn new(
        code: *const u8,
        micros: u64,
        size: usize,
        c: &Compiled,
        aux: Aux,
        slots: Box<[AtomicUsize]>,
        linkable: Vec<bool>,
    ) -> NativeRegion {
        // SAFETY: the caller guarantees `code` has this signature and stays mapped.
        let entry = unsafe { std::mem::transmute::<*const u8, Entry>(code) };
        let n = slots.len();
        NativeRegion {
            entry: Some(entry),
            micros,
            size,
            _aux: aux,
            buffers: RefCell::default(),
            nvals: c.var_count(),
            need_vals: Cell::new(c.var_count()),
            height: crate::lower::image_len(c),
            slots,
            linkable,
            links: RefCell::new(vec![None; n]),
        }
    }

    /// A region compiled for another target: measured, never run.
    pub fn cross(micros: u64, size: usize) -> NativeRegion {
        NativeRegion {
            entry: None,
            micros,
            size,
            _aux: Aux::default(),
            buffers: RefCell::default(),
            nvals: 0,
            need_vals: Cell::new(0),
            height: 0,
            slots: Box::new([]),
            linkable: Vec::new(),
            links: RefCell::new(Vec::new()),
        }
    }
}

impl NativeCode for NativeRegion {
    fn run(&self, vm: &mut Vm, c: &Compiled, stats: &mut ExecStats) -> PyResult<Ran> {
        let Some(entry) = self.entry else {
            return kiln_regions::exec::execute_region(vm, c, stats);
        };
        let fi = vm.frames.len() - 1;
        let base = vm.frames[fi].base as usize;
        if vm.stack.len() != base + c.height() {
            return Ok(Ran::NotRun);
        }
        stats.entries += 1;
        let need = self.need_vals.get().max(self.nvals);
        let mut buf = self.buffers.borrow_mut().pop().unwrap_or_else(|| Buffers {
            vals: Vec::new(),
            spill: Vec::new(),
            image: vec![0; self.height],
        });
        if buf.vals.len() < need {
            buf.vals.resize(need, 0);
            buf.spill.resize(need, 0);
        }
        let Buffers { vals, spill, image } = &mut buf;
        let (gc_stress, gc_allocated, gc_threshold) = vm.heap.collection_words();
        let vmp: *mut Vm = vm;
        let mut ctx = Ctx {
            vm: vmp,
            // SAFETY: `base + height` entries exist (checked above); compiled code reads
            // the frame's slots only on entry, before anything can grow the stack.
            frame: unsafe { (*vmp).stack.as_ptr().add(base) } as *const u64,
            vals: vals.as_mut_ptr(),
            spill: spill.as_mut_ptr(),
            nroots: 0,
            result: 0,
            exc: 0,
            iters: 0,
            // SAFETY: `vmp` is valid; the field's address is stable while the VM lives.
            type_version: unsafe { &raw const (*vmp).type_version },
            internal: std::ptr::null(),
            chaos: 0x9E37_79B9_7F4A_7C15 ^ (stats.entries.wrapping_mul(0x2545_F491_4F6C_DD1D)),
            // SAFETY: `vmp` is valid.
            epoch: unsafe { (*vmp).hook_epoch() },
            stale: 0,
            gc_stress,
            gc_allocated,
            gc_threshold,
            image: image.as_mut_ptr(),
            joined: 0,
            exit_link: 0,
            joins: 0,
        };
        let code = entry(&mut ctx);
        stats.iterations += ctx.iters;
        stats.bridge_joins += ctx.joins;
        let vals: &[u64] = vals;
        let bridge = match ctx.exit_link {
            0 => None,
            n => self.links.borrow().get(n as usize - 1).cloned().flatten(),
        };
        let r = if !ctx.internal.is_null() {
            let msg = internal_message(ctx.internal);
            vm.err(ExcKind::RuntimeError, format!("compiled region: {msg} (a bug in Kiln's JIT)"))
        } else if ctx.exit_link != 0 {
            // A linked bridge left: its own snapshot numbering, its own write-back.
            match bridge {
                None => vm.err(
                    ExcKind::RuntimeError,
                    "compiled region: an exit from an unknown bridge (a bug in Kiln's JIT)",
                ),
                Some(b) => match ExitCode::decode(code) {
                    ExitCode::Guard(s) => {
                        stats.bridge_exits += 1;
                        write_back(vm, &b, vals, s, 0).map(|()| Ran::Resume)
                    }
                    ExitCode::Raise(s) => {
                        stats.bridge_exits += 1;
                        let exc = Value::from_bits(ctx.exc);
                        vm.roots.push(exc);
                        let w = write_back(vm, &b, vals, s, 1);
                        vm.roots.pop();
                        w.and(Err(exc))
                    }
                    ExitCode::Exit(s) => write_back(vm, &b, vals, s, 0).map(|()| Ran::Exited),
                    ExitCode::Return(_) => vm.err(
                        ExcKind::RuntimeError,
                        "compiled region: a bridge returned (a bug in Kiln's JIT)",
                    ),
                },
            }
        } else {
            match ExitCode::decode(code) {
                ExitCode::Guard(s) => {
                    *stats.guard_failures.entry(s.0).or_insert(0) += 1;
                    write_back(vm, c, vals, s, 0).map(|()| Ran::Resume)
                }
                ExitCode::Raise(s) => {
                    stats.raised += 1;
                    let exc = Value::from_bits(ctx.exc);
                    vm.roots.push(exc);
                    let w = write_back(vm, c, vals, s, 1);
                    vm.roots.pop();
                    w.and(Err(exc))
                }
                ExitCode::Exit(s) => write_back(vm, c, vals, s, 0).map(|()| Ran::Exited),
                ExitCode::Return(v) => materialize(vm, c, vals, v, 0).map(Ran::Returned),
            }
        };
        self.buffers.borrow_mut().push(buf);
        r
    }

    fn link(&self, snap: u32, bridge: Rc<Compiled>) -> bool {
        let s = snap as usize;
        if self.entry.is_none() || !self.linkable.get(s).copied().unwrap_or(false) {
            return false;
        }
        let Some(native) = bridge.native.as_ref() else { return false };
        let addr = native.entry_address();
        if addr == 0 || !native.joins() {
            return false;
        }
        self.need_vals.set(self.need_vals.get().max(bridge.var_count()));
        self.links.borrow_mut()[s] = Some(bridge);
        self.slots[s].store(addr, Ordering::Relaxed);
        true
    }

    fn entry_address(&self) -> usize {
        self.entry.map_or(0, |e| e as usize)
    }

    fn joins(&self) -> bool {
        self._aux.joins
    }

    fn compile_micros(&self) -> u64 {
        self.micros
    }

    fn code_size(&self) -> usize {
        self.size
    }
}
