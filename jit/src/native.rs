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

/// What all regions of one JIT share: the registry that maps a region id (as compiled
/// code reports it in `Ctx::exit_region`) to its region, and the buffer sizes a chain of
/// regions calling each other may need.
#[derive(Default)]
pub struct Shared {
    regions: RefCell<kiln_regions::exec::FastMap<u64, Rc<Compiled>>>,
    max_vals: Cell<usize>,
    max_image: Cell<usize>,
    next_id: Cell<u64>,
}

impl Shared {
    /// A fresh region id, and room for `c` in every run's buffers.
    pub fn new_region(&self, c: &Compiled) -> u64 {
        self.max_vals.set(self.max_vals.get().max(c.var_count()));
        self.max_image.set(self.max_image.get().max(crate::lower::image_len(c)));
        let id = self.next_id.get() + 1;
        self.next_id.set(id);
        id
    }

    /// Records the region of `id`, so that its exits can be written back when another
    /// region that called it returns them.
    pub fn register(&self, id: u64, c: Rc<Compiled>) {
        self.regions.borrow_mut().insert(id, c);
    }
}

/// A compiled region.
pub struct NativeRegion {
    entry: Option<Entry>,
    id: u64,
    micros: u64,
    size: usize,
    /// Immediate data the code points to.
    aux: Aux,
    shared: Rc<Shared>,
    /// Value, spill and image buffers, one set per active run (regions re-enter
    /// themselves through recursion).
    buffers: RefCell<Vec<Buffers>>,
    /// Per snapshot: the entry of the bridge linked there (0: none). The code reads them.
    slots: Box<[AtomicUsize]>,
    /// Per snapshot: whether a bridge may be linked there.
    linkable: Vec<bool>,
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
    /// `extern "C" fn(*mut Ctx) -> u32`, lowered with id `id`, that stays mapped for the
    /// life of the process. `slots` are the link slots the code reads, `linkable` which
    /// of them may be used.
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn new(
        code: *const u8,
        id: u64,
        micros: u64,
        size: usize,
        aux: Aux,
        shared: Rc<Shared>,
        slots: Box<[AtomicUsize]>,
        linkable: Vec<bool>,
    ) -> NativeRegion {
        // SAFETY: the caller guarantees `code` has this signature and stays mapped.
        let entry = unsafe { std::mem::transmute::<*const u8, Entry>(code) };
        NativeRegion {
            entry: Some(entry),
            id,
            micros,
            size,
            aux,
            shared,
            buffers: RefCell::default(),
            slots,
            linkable,
        }
    }

    /// A region compiled for another target: measured, never run.
    pub fn cross(micros: u64, size: usize) -> NativeRegion {
        NativeRegion {
            entry: None,
            id: 0,
            micros,
            size,
            aux: Aux::default(),
            shared: Rc::default(),
            buffers: RefCell::default(),
            slots: Box::new([]),
            linkable: Vec::new(),
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
        if !c.fits(vm, base) {
            return Ok(Ran::NotRun);
        }
        stats.entries += 1;
        let (need_vals, need_image) = (self.shared.max_vals.get(), self.shared.max_image.get());
        let mut buf = self.buffers.borrow_mut().pop().unwrap_or_else(|| Buffers {
            vals: Vec::new(),
            spill: Vec::new(),
            image: Vec::new(),
        });
        if buf.vals.len() < need_vals {
            buf.vals.resize(need_vals, 0);
            buf.spill.resize(need_vals, 0);
        }
        if buf.image.len() < need_image {
            buf.image.resize(need_image, 0);
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
            // SAFETY: as for `type_version`.
            layout_version: unsafe { &raw const (*vmp).layout_version },
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
            exit_region: 0,
            joins: 0,
            active: 0,
        };
        let code = entry(&mut ctx);
        stats.iterations += ctx.iters;
        stats.bridge_joins += ctx.joins;
        let vals: &[u64] = vals;
        // The exit may be another region's: a linked bridge's, or a loop's a bridge
        // continued into. Its own snapshots, its own write-back.
        let other = if ctx.exit_region == self.id {
            None
        } else {
            match self.shared.regions.borrow().get(&ctx.exit_region).cloned() {
                Some(o) => Some(o),
                None => {
                    self.buffers.borrow_mut().push(buf);
                    return vm.err(
                        ExcKind::RuntimeError,
                        format!(
                            "compiled region: an exit of unknown region {} (a bug in Kiln's JIT)",
                            ctx.exit_region
                        ),
                    );
                }
            }
        };
        let owner: &Compiled = other.as_deref().unwrap_or(c);
        let r = if !ctx.internal.is_null() {
            let msg = internal_message(ctx.internal);
            vm.err(ExcKind::RuntimeError, format!("compiled region: {msg} (a bug in Kiln's JIT)"))
        } else {
            match ExitCode::decode(code) {
                ExitCode::Guard(s) => {
                    if other.is_some() {
                        stats.bridge_exits += 1;
                        stats.foreign_exit = Some((ctx.exit_region, s.0));
                    } else {
                        stats.failed = Some(s.0);
                    }
                    write_back(vm, owner, vals, s, 0).map(|()| Ran::Resume)
                }
                ExitCode::Raise(s) => {
                    if other.is_some() {
                        stats.bridge_exits += 1;
                    } else {
                        stats.raised += 1;
                    }
                    let exc = Value::from_bits(ctx.exc);
                    vm.roots.push(exc);
                    let w = write_back(vm, owner, vals, s, 1);
                    vm.roots.pop();
                    w.and(Err(exc))
                }
                ExitCode::Exit(s) => write_back(vm, owner, vals, s, 0).map(|()| Ran::Exited),
                ExitCode::Return(v) if other.is_none() => materialize(vm, c, vals, v, 0).map(Ran::Returned),
                ExitCode::Return(_) => vm.err(
                    ExcKind::RuntimeError,
                    "compiled region: a called region returned (a bug in Kiln's JIT)",
                ),
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
        if addr == 0 {
            return false;
        }
        self.slots[s].store(addr, Ordering::Relaxed);
        true
    }

    fn entry_address(&self) -> usize {
        self.entry.map_or(0, |e| e as usize)
    }

    fn joins(&self) -> bool {
        self.aux.joins
    }

    fn id(&self) -> u64 {
        self.id
    }

    fn compile_micros(&self) -> u64 {
        self.micros
    }

    fn code_size(&self) -> usize {
        self.size
    }
}
