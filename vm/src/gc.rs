//! The heap: allocation and non-moving mark-sweep collection.
//!
//! Objects live in cells carved from chunks of `CHUNK_CELLS` and never move. The heap only decides *when* a
//! collection is due ([`Heap::collection_due`]); the VM runs it at a safepoint (a loop
//! back-edge or a call), after gathering its roots, so no Rust code ever holds an
//! unrooted object across a collection. Marking uses an explicit work list, so deep
//! structures cannot overflow the native stack.
//!
//! Every object cell has the same size, so cells come from chunks (neighbours in
//! allocation order are neighbours in memory) and the sweep keeps the cells of dead objects
//! on a free list (their contents dropped in place) that allocation reuses: a program that
//! churns short-lived objects makes no malloc/free call per object cell. Chunks are kept
//! for the life of the heap, so its footprint is its peak of live cells.

use std::cell::Cell;
use std::mem::MaybeUninit;

use crate::object::{IterState, Obj, ObjKind};

/// Cells per chunk.
pub const CHUNK_CELLS: usize = 4096;
use crate::value::Value;

/// Bytes allocated before the first collection, and the floor of the adaptive threshold.
pub const MIN_THRESHOLD: usize = 8 << 20;

/// The object heap.
pub struct Heap {
    objects: Vec<*mut Obj>,
    /// Cells of dead objects, contents already dropped, ready for reuse.
    free: Vec<*mut Obj>,
    /// Cell storage; a cell is either in `objects` (initialized), in `free`, or at or past
    /// `bump` in the last chunk (never used yet).
    chunks: Vec<Box<[MaybeUninit<Obj>]>>,
    /// Next unused cell of the last chunk.
    bump: usize,
    allocated_since_gc: usize,
    threshold: usize,
    live_bytes: usize,
    /// Collect at every safepoint (`KILN_GC_STRESS=1`).
    pub stress: bool,
    /// Set while something (the profiler) wants every safepoint to stop by the VM:
    /// `collection_due` stays true, and `wants_collection` says whether to collect.
    poll: bool,
    /// Statistics.
    pub stats: GcStats,
    due: Cell<bool>,
}

/// Allocation and collection counters (reported by `--stats`).
#[derive(Default, Clone, Debug)]
pub struct GcStats {
    /// Objects allocated.
    pub allocations: u64,
    /// Bytes allocated (estimated).
    pub bytes_allocated: u64,
    /// Collections run.
    pub collections: u64,
    /// Objects freed.
    pub freed: u64,
    /// Time spent collecting.
    pub gc_time: std::time::Duration,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        Heap {
            objects: Vec::new(),
            free: Vec::new(),
            chunks: Vec::new(),
            bump: CHUNK_CELLS,
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            live_bytes: 0,
            stress: false,
            poll: false,
            stats: GcStats::default(),
            due: Cell::new(false),
        }
    }

    /// Allocates an object and returns its value.
    ///
    /// Inlined: the caller's freshly built `ObjKind` is then written straight into the
    /// cell, instead of being reloaded with wide loads right after narrow stores (a
    /// store-forwarding stall that showed up as the hottest instruction of allocation).
    #[inline(always)]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        let payload = payload_size(&kind);
        self.alloc_with(payload, move || kind)
    }

    /// Allocates an object whose kind is built by `make`, directly in its cell: building
    /// the kind first and copying it in reloads it with wide loads right after narrow
    /// stores, a store-forwarding stall measured as most of a small allocation's cost.
    #[inline(always)]
    pub fn alloc_with(&mut self, payload: usize, make: impl FnOnce() -> ObjKind) -> Value {
        let size = std::mem::size_of::<Obj>() + payload;
        let ptr = match self.free.pop() {
            Some(p) => p,
            None => self.fresh_cell(),
        };
        // SAFETY: as in `alloc`: an uninitialized cell owned by no one else; the fields are
        // written in place, and the cell counts as initialized only once both are written
        // (it joins `objects` afterwards).
        unsafe {
            std::ptr::addr_of_mut!((*ptr).marked).write(Cell::new(false));
            std::ptr::addr_of_mut!((*ptr).kind).write(make());
        }
        self.objects.push(ptr);
        self.allocated_since_gc += size;
        self.stats.allocations += 1;
        self.stats.bytes_allocated += size as u64;
        if self.allocated_since_gc >= self.threshold {
            self.due.set(true);
        }
        Value::object(ptr)
    }

    /// A never-used cell, from the last chunk or a new one.
    #[inline]
    fn fresh_cell(&mut self) -> *mut Obj {
        if self.bump == CHUNK_CELLS {
            self.chunks.push(Box::new_uninit_slice(CHUNK_CELLS));
            self.bump = 0;
        }
        let chunk = self.chunks.last_mut().unwrap();
        let p = chunk[self.bump].as_mut_ptr();
        self.bump += 1;
        p
    }

    /// Records `bytes` of extra memory owned by an object (a growing list or dict).
    #[inline]
    pub fn note_growth(&mut self, bytes: usize) {
        self.allocated_since_gc += bytes;
        if self.allocated_since_gc >= self.threshold {
            self.due.set(true);
        }
    }

    /// Makes every safepoint stop by the VM (`collection_due` stays true) or not.
    pub fn set_poll(&mut self, on: bool) {
        self.poll = on;
        self.due.set(on || self.allocated_since_gc >= self.threshold);
    }

    /// Whether a collection is really wanted (not just a poll).
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.stress || self.allocated_since_gc >= self.threshold
    }

    /// Addresses of the words compiled code reads to decide whether a collection is
    /// wanted (see [`Heap::wants_collection`]): `stress`, bytes allocated since the last
    /// collection, and the threshold. Valid while the heap lives and is not moved.
    pub fn collection_words(&self) -> (*const bool, *const usize, *const usize) {
        (&raw const self.stress, &raw const self.allocated_since_gc, &raw const self.threshold)
    }

    /// Whether polling is on.
    #[inline]
    pub fn polling(&self) -> bool {
        self.poll
    }

    /// Should the next safepoint collect?
    #[inline(always)]
    pub fn collection_due(&self) -> bool {
        self.due.get() || self.stress
    }

    /// Every class object on the heap (unreachable ones included until the next sweep).
    pub fn classes(&self) -> Vec<Value> {
        self.objects
            .iter()
            .filter(|&&p| {
                // SAFETY: every pointer in `objects` is an initialized, not yet freed cell.
                let obj = unsafe { &*p };
                matches!(obj.kind, ObjKind::Class(_))
            })
            .map(|&p| Value::object(p))
            .collect()
    }

    /// Number of live objects (after the last sweep, plus allocations since).
    pub fn object_count(&self) -> usize {
        self.objects.len()
    }

    /// Runs a collection: marks everything reachable from `roots`, frees the rest.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut Marker)) {
        let start = std::time::Instant::now();
        let mut marker = Marker { stack: Vec::with_capacity(256) };
        roots(&mut marker);
        marker.drain();
        let mut live = 0usize;
        let mut freed = 0u64;
        let free = &mut self.free;
        self.objects.retain(|&p| {
            // SAFETY: every pointer in `objects` is an initialized cell written by `alloc`;
            // it is dropped only here, once, when unmarked, and removed from the list then.
            let obj = unsafe { &*p };
            if obj.marked.get() {
                obj.marked.set(false);
                live += std::mem::size_of::<Obj>() + payload_size(&obj.kind);
                true
            } else {
                // SAFETY: unmarked means unreachable from every root; nothing can read it.
                // Its contents are dropped once here; the cell itself goes to the free list.
                unsafe { std::ptr::drop_in_place(p) };
                free.push(p);
                freed += 1;
                false
            }
        });
        self.live_bytes = live;
        self.allocated_since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(live);
        self.due.set(self.poll);
        self.stats.collections += 1;
        self.stats.freed += freed;
        self.stats.gc_time += start.elapsed();
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &p in &self.objects {
            // SAFETY: each pointer in `objects` is an initialized cell, dropped exactly once
            // here; the chunks (MaybeUninit, which drops nothing) then free the memory.
            unsafe { std::ptr::drop_in_place(p) };
        }
    }
}

fn payload_size(kind: &ObjKind) -> usize {
    match kind {
        ObjKind::Str(s) => s.s.len(),
        ObjKind::List(l) => l.borrow().capacity() * 8,
        ObjKind::Tuple(t) => t.len() * 8,
        ObjKind::Dict(d) => d.borrow().len() * 32,
        ObjKind::Set(s) => s.borrow().len() * 24,
        ObjKind::Instance(i) => i.slots.borrow().capacity() * 8,
        // Big ints own their digits: without them a loop of big-int temporaries looks
        // tiny to the collector while megabytes of digits pile up.
        ObjKind::Int(b) => (b.bits() / 8) as usize,
        _ => 0,
    }
}

/// The marking work list handed to root enumerators.
pub struct Marker {
    stack: Vec<*const Obj>,
}

impl Marker {
    /// Marks a value (and, later, everything it references).
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if let Some(p) = v.as_ptr() {
            // SAFETY: an object value reachable from a root points to a live object.
            let obj = unsafe { &*p };
            if !obj.marked.get() {
                obj.marked.set(true);
                self.stack.push(p);
            }
        }
    }

    /// Marks every value of a slice.
    pub fn mark_all(&mut self, vs: &[Value]) {
        for &v in vs {
            self.mark(v);
        }
    }

    fn drain(&mut self) {
        while let Some(p) = self.stack.pop() {
            // SAFETY: only live, marked objects are pushed.
            let obj = unsafe { &*p };
            self.trace(&obj.kind);
        }
    }

    fn trace(&mut self, kind: &ObjKind) {
        match kind {
            ObjKind::Str(_) | ObjKind::Int(_) | ObjKind::Int64(_) | ObjKind::Range(_) | ObjKind::Bytes(_) => {
            }
            ObjKind::ByteArray(_) => {}
            ObjKind::List(l) => {
                let l = l.borrow();
                self.mark_all(&l);
            }
            ObjKind::Tuple(t) => self.mark_all(t),
            ObjKind::Dict(d) => {
                for (k, v) in d.borrow().iter() {
                    self.mark(k);
                    self.mark(v);
                }
            }
            ObjKind::Set(s) => {
                for (_, k) in s.borrow().iter() {
                    self.mark(k);
                }
            }
            ObjKind::FrozenSet(s) => {
                for (_, k) in s.iter() {
                    self.mark(k);
                }
            }
            ObjKind::Slice(a, b, c) => {
                self.mark(*a);
                self.mark(*b);
                self.mark(*c);
            }
            ObjKind::Function(f) => {
                self.mark(f.code);
                self.mark(f.qualname);
                self.mark_all(&f.defaults);
                self.mark(f.kwdefaults);
                self.mark_all(&f.closure);
                self.mark(f.class_cell.get());
                for v in f.attrs.borrow().values() {
                    self.mark(*v);
                }
            }
            ObjKind::Builtin(b) => {
                self.mark(b.bound);
                self.mark(b.owner);
            }
            ObjKind::BoundMethod(a, b) => {
                self.mark(*a);
                self.mark(*b);
            }
            ObjKind::Class(c) => {
                self.mark(c.meta.get());
                self.mark_all(&c.bases);
                self.mark_all(&c.mro.borrow());
                for v in c.dict.borrow().values() {
                    self.mark(*v);
                }
            }
            ObjKind::Instance(i) => {
                self.mark(i.class);
                self.mark(i.base);
                self.mark_all(&i.slots.borrow());
                if let Some(e) = &i.exc {
                    let e = e.borrow();
                    self.mark(e.args);
                    self.mark(e.cause);
                    self.mark(e.context);
                    for (c, _, _) in &e.traceback {
                        self.mark(*c);
                    }
                    if let Some((o, _)) = e.hint {
                        self.mark(o);
                    }
                }
            }
            ObjKind::Code(c) => self.mark_all(&c.consts),
            ObjKind::Cell(c) => self.mark(c.get()),
            ObjKind::Generator(g) => {
                let g = g.borrow();
                self.mark(g.func);
                self.mark_all(&g.saved);
                self.mark_all(&g.exc);
            }
            ObjKind::Iter(it) => match &*it.borrow() {
                IterState::Seq(v, _) | IterState::Reversed(v, _) | IterState::GetItem(v, _) => self.mark(*v),
                IterState::Range { .. } | IterState::Done => {}
                IterState::Dict { dict, .. } => self.mark(*dict),
                IterState::Set { set, .. } => self.mark(*set),
                IterState::Enumerate(a, b) | IterState::Filter(a, b) | IterState::CallIter(a, b) => {
                    self.mark(*a);
                    self.mark(*b);
                }
                IterState::Zip(vs, _) => self.mark_all(vs),
                IterState::Map(f, vs) => {
                    self.mark(*f);
                    self.mark_all(vs);
                }
                IterState::Values(vs, _) => self.mark_all(vs),
                IterState::Combi(c) => {
                    for p in &c.pools {
                        self.mark_all(p);
                    }
                }
            },
            ObjKind::Module(m) => {
                for v in m.attrs.borrow().values() {
                    self.mark(*v);
                }
            }
            ObjKind::Property(a, b, c) => {
                self.mark(*a);
                self.mark(*b);
                self.mark(*c);
            }
            ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f) | ObjKind::DictView(f, _) => self.mark(*f),
            ObjKind::Super(a, b) => {
                self.mark(*a);
                self.mark(*b);
            }
        }
    }
}
