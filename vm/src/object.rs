//! Heap objects: the kinds of object a [`Value`] can point to.
//!
//! Every heap object is an [`Obj`]: a GC mark bit followed by its [`ObjKind`]. Objects never
//! move. Mutable kinds keep their state in `Cell`/`RefCell`; code never holds a `RefCell`
//! borrow across a call back into Python, so a borrow conflict is a bug in Kiln, and the
//! places where Python code could observe one (mutating a list while sorting it) take the
//! contents out first, as CPython does.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

use crate::bytecode::{CodeFlags, Op};
use crate::intern::{Sym, SymMap};
use crate::table::{DictTable, SetTable};
use crate::value::Value;

/// A heap object.
#[repr(C)]
pub struct Obj {
    /// Set during marking; cleared by the sweep.
    pub marked: Cell<bool>,
    /// What the object is.
    pub kind: ObjKind,
}

/// The kinds of heap object.
///
/// `repr(u8)`: the kind's number is the first byte of the enum, where compiled code
/// reads it to test an object's type (`kiln-jit`'s `layout.rs` finds and pins it).
#[repr(u8)]
pub enum ObjKind {
    /// An immutable str.
    Str(StrObj),
    /// An int outside the unboxed 48-bit range that fits in 64 bits (no digit vector).
    Int64(i64),
    /// An int outside the 64-bit range.
    Int(BigInt),
    /// A list.
    List(RefCell<Vec<Value>>),
    /// A tuple.
    Tuple(Box<[Value]>),
    /// A dict.
    Dict(Box<RefCell<DictTable<Value, Value>>>),
    /// A set.
    Set(Box<RefCell<SetTable<Value>>>),
    /// A frozenset.
    FrozenSet(Box<SetTable<Value>>),
    /// A range object.
    Range(RangeObj),
    /// A slice object (start, stop, step; each may be None).
    Slice(Value, Value, Value),
    /// A bytes object.
    Bytes(Box<[u8]>),
    /// A Python function.
    Function(Box<FunctionObj>),
    /// A function implemented in Rust.
    Builtin(BuiltinObj),
    /// A method bound to its receiver: (receiver, function).
    BoundMethod(Value, Value),
    /// A class (built-in types included).
    Class(Box<ClassObj>),
    /// An instance of a user class (exceptions included).
    Instance(InstanceObj),
    /// A loaded code object.
    Code(Box<CodeObj>),
    /// A closure cell.
    Cell(Cell<Value>),
    /// A generator.
    Generator(Box<RefCell<GenState>>),
    /// A built-in iterator.
    Iter(RefCell<IterState>),
    /// A built-in module.
    Module(Box<ModuleObj>),
    /// `property(fget, fset, fdel)`.
    Property(Value, Value, Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(class, obj)`.
    Super(Value, Value),
    /// A dict view (`d.keys()`, `d.values()`, `d.items()`).
    DictView(Value, DictPart),
    /// A bytearray.
    ByteArray(RefCell<Vec<u8>>),
}

/// A str: UTF-8 text plus cached facts.
pub struct StrObj {
    /// The text.
    pub s: Text,
    /// Number of code points.
    pub nchars: usize,
    /// Cached hash (0: not computed yet).
    pub hash: Cell<i64>,
    /// For a non-ASCII str, once indexed: the byte offset of every `CHAR_MARK`-th char
    /// (and of the end when it falls on one), so `s[i]` costs O(CHAR_MARK), not O(i).
    pub marks: std::cell::OnceCell<Box<[usize]>>,
}

/// Chars between the byte offsets a non-ASCII str's `marks` record.
const CHAR_MARK: usize = 64;

impl StrObj {
    /// Wraps text.
    pub fn new(s: Box<str>) -> StrObj {
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj::with_nchars(Text::Owned(s), nchars)
    }

    /// Wraps text whose length in chars is known.
    pub fn with_nchars(s: Text, nchars: usize) -> StrObj {
        StrObj { s, nchars, hash: Cell::new(0), marks: std::cell::OnceCell::new() }
    }

    fn marks(&self) -> &[usize] {
        self.marks.get_or_init(|| {
            let mut m: Vec<usize> = Vec::with_capacity(self.nchars / CHAR_MARK + 1);
            for (ci, (bi, _)) in self.s.char_indices().enumerate() {
                if ci.is_multiple_of(CHAR_MARK) {
                    m.push(bi);
                }
            }
            if self.nchars.is_multiple_of(CHAR_MARK) {
                m.push(self.s.len());
            }
            m.into_boxed_slice()
        })
    }

    /// The byte offset of char `i` (`i <= nchars`; `nchars` gives the length in bytes).
    pub fn char_to_byte(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let bytes = self.s.as_bytes();
        let mut b = self.marks()[i / CHAR_MARK];
        for _ in 0..i % CHAR_MARK {
            b += match bytes[b] {
                0..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
        }
        b
    }

    /// The char index of byte offset `b` (a char boundary).
    pub fn byte_to_char(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        let marks = self.marks();
        let k = marks.partition_point(|&m| m <= b) - 1;
        k * CHAR_MARK + self.s[marks[k]..b].chars().count()
    }

    /// Is every code point ASCII (so byte index == char index)?
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
}

/// The text of a str: its own boxed text, or a prefix of an append-only buffer shared
/// with the strs it was concatenated from. `s + t`, when `s` is the longest prefix of its
/// buffer and the buffer has room, writes `t` after it and shares the buffer instead of
/// copying `s`, so `s += c` in a loop is linear, as CPython's in-place append is (the
/// strs keep their values: the bytes of a prefix are never written again).
pub enum Text {
    /// Text of its own.
    Owned(Box<str>),
    /// The first `.1` bytes of a shared buffer.
    Shared(std::rc::Rc<GrowBuf>, usize),
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Text::Owned(b) => b,
            Text::Shared(g, n) => g.prefix(*n),
        }
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

/// An append-only byte buffer of fixed capacity: bytes `0..filled` are initialized UTF-8
/// (at char boundaries wherever a `Text::Shared` ends) and never change; the allocation
/// never moves.
pub struct GrowBuf {
    ptr: std::ptr::NonNull<u8>,
    cap: usize,
    filled: Cell<usize>,
}

impl GrowBuf {
    /// A buffer holding `a` then `b`, with room for `cap` bytes in all (None when the
    /// system refuses the memory).
    pub fn with_concat(a: &str, b: &str, cap: usize) -> Option<GrowBuf> {
        let len = a.len() + b.len();
        let cap = cap.max(len).max(1);
        let layout = std::alloc::Layout::array::<u8>(cap).ok()?;
        // SAFETY: `layout` has a non-zero size (cap >= 1).
        let ptr = std::ptr::NonNull::new(unsafe { std::alloc::alloc(layout) })?;
        // SAFETY: the new allocation has `cap >= a.len() + b.len()` bytes and does not
        // overlap `a` or `b`.
        unsafe {
            std::ptr::copy_nonoverlapping(a.as_ptr(), ptr.as_ptr(), a.len());
            std::ptr::copy_nonoverlapping(b.as_ptr(), ptr.as_ptr().add(a.len()), b.len());
        }
        Some(GrowBuf { ptr, cap, filled: Cell::new(len) })
    }

    /// Appends `b` if `at` is where the filled part ends and it fits; false otherwise.
    pub fn try_append(&self, at: usize, b: &str) -> bool {
        if self.filled.get() != at || self.cap - at < b.len() {
            return false;
        }
        // SAFETY: `at + b.len() <= cap`, and bytes from `at` on are not part of any str
        // (every `Text::Shared` of this buffer ends at or before `filled == at`), so no
        // reference sees them change; `b` lies wholly outside them (in another
        // allocation, or in this one's filled part before `at`).
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), self.ptr.as_ptr().add(at), b.len()) };
        self.filled.set(at + b.len());
        true
    }

    /// The first `n` bytes as text (`n` ends a str made from this buffer).
    #[inline]
    fn prefix(&self, n: usize) -> &str {
        debug_assert!(n <= self.filled.get());
        // SAFETY: bytes `0..n` (n <= filled) were written as the UTF-8 of strs, end at a
        // char boundary, and are never written again while the buffer lives.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), n)) }
    }
}

impl Drop for GrowBuf {
    fn drop(&mut self) {
        // SAFETY: allocated in `with_concat` with this layout (cap bytes), freed once.
        unsafe { std::alloc::dealloc(self.ptr.as_ptr(), std::alloc::Layout::array::<u8>(self.cap).unwrap()) };
    }
}

/// A range object.
#[derive(Copy, Clone, Debug)]
pub struct RangeObj {
    /// First value.
    pub start: i64,
    /// Exclusive bound.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}

impl RangeObj {
    /// Number of values.
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as i64
    }

    /// Is the range empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A Python function.
pub struct FunctionObj {
    /// The code object (an `ObjKind::Code`).
    pub code: Value,
    /// Qualified name (a str).
    pub qualname: Value,
    /// Default values of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Keyword-only defaults (a dict, or null).
    pub kwdefaults: Value,
    /// Closure cells, in the code's free-var order.
    pub closure: Box<[Value]>,
    /// The class this function was defined in (for zero-argument `super()`), or null.
    pub class_cell: Cell<Value>,
    /// Attributes set on the function object.
    pub attrs: RefCell<SymMap<Value>>,
}

/// The signature of a built-in function: positional args, then keyword args by name.
pub type BuiltinFn = fn(&mut crate::vm::Vm, &[Value], &[(Sym, Value)]) -> crate::vm::PyResult;

/// A function implemented in Rust.
pub struct BuiltinObj {
    /// Its name.
    pub name: &'static str,
    /// The implementation.
    pub func: BuiltinFn,
    /// Bound receiver (passed as the first positional argument), or null.
    pub bound: Value,
    /// Is this a method of a built-in type whose receiver (args[0]) must be the built-in
    /// value itself? Instances of subclasses (`class L(list)`) then pass their base value.
    pub recv_base: bool,
    /// For a method of a built-in type called unbound (`str.upper(x)`): the class its
    /// receiver must be an instance of; null for plain functions.
    pub owner: Value,
}

/// A class.
pub struct ClassObj {
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// Direct bases.
    pub bases: Vec<Value>,
    /// Method resolution order, starting with the class itself.
    pub mro: RefCell<Vec<Value>>,
    /// The class namespace.
    pub dict: RefCell<SymMap<Value>>,
    /// For built-in types: which one.
    pub builtin: Option<crate::vm::TypeId>,
    /// Is this BaseException or a subclass of it?
    pub is_exception: bool,
    /// `__slots__`, if declared anywhere in the hierarchy.
    pub slots: Option<Vec<Sym>>,
    /// The built-in type instances of this class extend (for `class L(list)`), if any.
    /// `Some(TypeId::Object)` marks a class with a user-defined `__new__` (in its body or
    /// inherited), so that instantiation does not skip it.
    pub builtin_base: Option<crate::vm::TypeId>,
    /// Memo of MRO lookups (misses included), valid while `lookup_version` equals the
    /// VM's `type_version`.
    pub lookup_cache: RefCell<SymMap<Option<Value>>>,
    /// The `type_version` the lookup memo was filled under.
    pub lookup_version: Cell<u64>,
    /// Most attributes an instance of this class has had: new instances reserve that
    /// many slots, so `__init__` does not grow the slot vector one attribute at a time.
    pub slot_hint: Cell<u32>,
    /// The class's metaclass when it is a user class deriving from `type` (null: `type`).
    pub meta: Cell<Value>,
    /// Creation order among classes (`__subclasses__()` lists in it).
    pub serial: u64,
}

/// An instance of a user class.
pub struct InstanceObj {
    /// Its class.
    pub class: Value,
    /// Its shape (which attribute lives in which slot).
    pub shape: Cell<u32>,
    /// Attribute values, in shape order.
    pub slots: RefCell<Vec<Value>>,
    /// Exception state, for instances of exception classes.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For instances of subclasses of built-in types (`class L(list)`): the built-in value
    /// the instance extends (a list, dict, str, ...); null otherwise.
    pub base: Value,
}

/// The state of an exception instance.
pub struct ExcData {
    /// `e.args` (a tuple).
    pub args: Value,
    /// Frames the exception passed through, innermost last: (code object, line, pc).
    pub traceback: Vec<(Value, u32, u32)>,
    /// For a NameError or AttributeError Kiln raised itself: (the object, or null for a
    /// name, and the missing name), from which a traceback suggests a near name
    /// (`Did you mean: 'append'?`).
    pub hint: Option<(Value, crate::intern::Sym)>,
    /// `__cause__` (or None).
    pub cause: Value,
    /// `__context__` (or None).
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// An inline cache entry of one instruction.
#[derive(Copy, Clone, Debug, Default)]
pub struct CacheEntry {
    /// What the cache has seen: the class (bits) for attribute sites.
    pub key: u64,
    /// Shape or type version the entry is valid for.
    pub version: u64,
    /// A cached value (bits of a method found on the class).
    pub value: u64,
    /// Instance shape the entry was filled for (method caches).
    pub shape: u32,
    /// Slot index or other payload.
    pub index: u32,
    /// Kind of hit (site specific).
    pub kind: u8,
    /// Number of times the site missed (type feedback).
    pub misses: u32,
}

/// Entries per inline cache site: sites that see several classes or shapes
/// (polymorphic) keep one entry per (class, shape) up to this many.
pub const CACHE_WAYS: usize = 4;

/// The inline cache of one instruction.
pub type SiteCache = [Cell<CacheEntry>; CACHE_WAYS];

/// The slot of an instance attribute, if the site has seen this class and shape under
/// the current layout version (`Vm::layout_version`).
#[inline(always)]
pub fn probe_slot(site: &SiteCache, class_bits: u64, layout_version: u64, shape: u32) -> Option<u32> {
    for e in site {
        let e = e.get();
        if e.kind == 1 && e.key == class_bits && e.version == shape as u64 && e.value == layout_version {
            return Some(e.index);
        }
    }
    None
}

/// The method found on the class, if the site has seen this class and shape under the
/// current type version.
#[inline(always)]
pub fn probe_method(site: &SiteCache, class_bits: u64, type_version: u64, shape: u32) -> Option<Value> {
    for e in site {
        let e = e.get();
        if e.kind == 2 && e.key == class_bits && e.version == type_version && e.shape == shape {
            return Some(Value::from_bits(e.value));
        }
    }
    None
}

/// The (slot, new shape) of an attribute-adding store, if the site has seen this class
/// and old shape under the current type version.
#[inline(always)]
pub fn probe_transition(
    site: &SiteCache,
    class_bits: u64,
    type_version: u64,
    shape: u32,
) -> Option<(u32, u32)> {
    for e in site {
        let e = e.get();
        if e.kind == 3 && e.key == class_bits && e.version == type_version && e.shape == shape {
            return Some((e.index, e.value as u32));
        }
    }
    None
}

/// Records, at a binary-operator site, a pair of operand types seen off the fast path (the
/// fast path covers int op int and float op float). Way 0 holds a bit set of left types
/// in `key` and of right types in `value`, and counts slow executions in `misses`.
pub fn record_operand_types(site: &SiteCache, left: crate::vm::TypeId, right: crate::vm::TypeId) {
    let mut e = site[0].get();
    e.kind = 4;
    e.key |= 1u64 << (left as u32);
    e.value |= 1u64 << (right as u32);
    e.misses = e.misses.saturating_add(1);
    site[0].set(e);
}

/// Records an entry in a site: an empty way if there is one, else round robin.
pub fn cache_insert(site: &SiteCache, mut entry: CacheEntry) {
    let turn = site[0].get().misses;
    let way = site.iter().position(|e| e.get().kind == 0).unwrap_or(turn as usize % CACHE_WAYS);
    entry.misses = 0;
    site[way].set(entry);
    let mut first = site[0].get();
    first.misses = turn.wrapping_add(1);
    site[0].set(first);
}

/// A code object loaded into the VM.
pub struct CodeObj {
    /// Function name.
    pub name: String,
    /// Qualified name.
    pub qualname: String,
    /// Source file.
    pub filename: std::rc::Rc<str>,
    /// Line of the definition.
    pub first_line: u32,
    /// Instructions.
    pub ops: Box<[Op]>,
    /// Line of each instruction.
    pub lines: Box<[u32]>,
    /// Source position of each instruction (for tracebacks' markers).
    pub positions: Box<[crate::bytecode::Pos]>,
    /// Constants.
    pub consts: Box<[Value]>,
    /// Interned names.
    pub names: Box<[Sym]>,
    /// Global-table slot of each name.
    pub global_slots: Box<[u32]>,
    /// Local slot names.
    pub varnames: Box<[Sym]>,
    /// Positional parameter count.
    pub argcount: u32,
    /// Positional-only parameter count.
    pub posonlyargcount: u32,
    /// Keyword-only parameter count.
    pub kwonlyargcount: u32,
    /// Slots that become cells at entry.
    pub cellvars: Box<[u32]>,
    /// Free var count (last slots).
    pub nfree: u32,
    /// Flags.
    pub flags: CodeFlags,
    /// Inline caches, one site per cache index.
    pub caches: Box<[SiteCache]>,
    /// Deepest operand stack the code can reach (from the compiler's stack checker).
    pub max_stack: usize,
    /// Calls with exactly `argcount` positional arguments need no binding work: no
    /// keyword-only parameters, `*args`, `**kwargs`, cells, free vars, and not a generator.
    pub fast_call: bool,
    /// Calls with `argcount` positional arguments (some from the defaults) need only a
    /// frame: like `fast_call`, but free vars (copied from the closure) are allowed.
    pub frame_call: bool,
    /// Per instruction (used at backward jumps): how many more back-edges the interpreter
    /// takes without stopping for the optimizer's profiling (`u32::MAX`: never stop
    /// again). An optimizer sets it for loops it has given up on
    /// ([`crate::vm::Vm::set_loop_gate`]), so that they run at interpreter speed.
    pub loop_gates: Box<[std::cell::Cell<u32>]>,
    /// Set by an optimizer for functions whose entry it wants to see (it compiles regions
    /// from their entry): calls of this code then go through `Vm::push_call_frame`, which
    /// consults the loop hook's [`crate::hooks::LoopHook::entry`] (profiling on, no eval
    /// hook installed).
    pub entry_gate: std::cell::Cell<bool>,
}

impl CodeObj {
    /// Number of local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of parameter slots, `*args` and `**kwargs` included.
    pub fn nparams(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.flags.varargs as usize
            + self.flags.varkw as usize
    }
}

/// A suspended (or running) generator.
pub struct GenState {
    /// The generator function.
    pub func: Value,
    /// Saved frame slots and operand stack.
    pub saved: Vec<Value>,
    /// Saved handler blocks (pc, stack height relative to base, exceptions being handled
    /// when set up relative to the frame's).
    pub handlers: Vec<(u32, u32, u32)>,
    /// Exceptions the frame was handling when it suspended (in an `except` block), made
    /// current again when it resumes.
    pub exc: Vec<Value>,
    /// Resume pc.
    pub pc: u32,
    /// Has it started?
    pub started: bool,
    /// Is it running now?
    pub running: bool,
    /// Has it finished?
    pub finished: bool,
}

/// Which part of a dict an iterator yields.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// (key, value) tuples.
    Items,
}

/// State of a built-in iterator.
///
/// `repr(u8)`: the state's number is its first byte, where compiled code reads it to
/// advance a range iterator inline (`kiln-jit`'s `layout.rs` finds and pins it).
#[repr(u8)]
pub enum IterState {
    /// Over a list, tuple or str by index.
    Seq(Value, usize),
    /// Over a range.
    Range {
        /// Next value.
        cur: i64,
        /// Remaining count.
        left: i64,
        /// Step.
        step: i64,
    },
    /// Over a dict.
    Dict {
        /// The dict.
        dict: Value,
        /// Next entry position.
        pos: usize,
        /// Size at creation (a change raises RuntimeError).
        len: usize,
        /// Entries still to yield of the `len` there were: an entry found when none is
        /// left was added after others were deleted (RuntimeError, keys changed).
        left: usize,
        /// What to yield.
        part: DictPart,
    },
    /// Over a set or frozenset.
    Set {
        /// The set.
        set: Value,
        /// Next slot.
        pos: usize,
        /// Size at creation.
        len: usize,
    },
    /// Backwards over a list, tuple or str.
    Reversed(Value, usize),
    /// `enumerate`.
    Enumerate(Value, Value),
    /// `zip`.
    Zip(Vec<Value>, bool),
    /// `map`.
    Map(Value, Vec<Value>),
    /// `filter`.
    Filter(Value, Value),
    /// `iter(callable, sentinel)`.
    CallIter(Value, Value),
    /// The old sequence protocol: `obj[i]` for i = 0, 1, ... until `IndexError` (or
    /// `StopIteration`); the object and the next index.
    GetItem(Value, usize),
    /// A fixed list of values (used for some builtin results).
    Values(Vec<Value>, usize),
    /// Exhausted.
    Done,
    /// `itertools.permutations`, `combinations`, `combinations_with_replacement` or
    /// `product`.
    Combi(Box<Combi>),
}

/// Which arrangements a `Combi` iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CombiKind {
    /// `permutations(pool, r)`.
    Permutations,
    /// `combinations(pool, r)`.
    Combinations,
    /// `combinations_with_replacement(pool, r)`.
    WithReplacement,
    /// `product(*pools)`.
    Product,
}

/// The state of an `itertools` combinatoric iterator: CPython's index algorithms.
pub struct Combi {
    /// What it yields.
    pub kind: CombiKind,
    /// The pool (one per position for `product`, else one).
    pub pools: Vec<Vec<Value>>,
    /// Indices into the pool(s) of the last tuple.
    pub indices: Vec<usize>,
    /// `permutations`' cycle counters.
    pub cycles: Vec<usize>,
    /// Tuple length.
    pub r: usize,
    /// Has the first tuple been yielded?
    pub started: bool,
}

impl Combi {
    /// A new iterator over `pools` (`product`: one per position; others: one) of tuples of
    /// length `r` (ignored for `product`).
    pub fn new(kind: CombiKind, pools: Vec<Vec<Value>>, r: usize) -> Combi {
        let n = pools.first().map_or(0, Vec::len);
        let (indices, cycles) = match kind {
            CombiKind::Permutations => ((0..n).collect(), (n.saturating_sub(r) + 1..=n).rev().collect()),
            CombiKind::Combinations => ((0..r).collect(), Vec::new()),
            CombiKind::WithReplacement => (vec![0; r], Vec::new()),
            CombiKind::Product => (vec![0; pools.len()], Vec::new()),
        };
        Combi { kind, pools, indices, cycles, r, started: false }
    }

    /// Advances to the next arrangement; false when there is none.
    pub fn advance(&mut self) -> bool {
        let n = self.pools.first().map_or(0, Vec::len);
        let r = self.r;
        if !self.started {
            self.started = true;
            return match self.kind {
                CombiKind::Permutations | CombiKind::Combinations => r <= n,
                CombiKind::WithReplacement => n > 0 || r == 0,
                CombiKind::Product => self.pools.iter().all(|p| !p.is_empty()),
            };
        }
        let idx = &mut self.indices;
        match self.kind {
            CombiKind::Permutations => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        idx[i..].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        let j = self.cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            CombiKind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return false };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            CombiKind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return false };
                let v = idx[i] + 1;
                for x in &mut idx[i..] {
                    *x = v;
                }
                true
            }
            CombiKind::Product => {
                for i in (0..idx.len()).rev() {
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        return true;
                    }
                    idx[i] = 0;
                }
                false
            }
        }
    }

    /// The current tuple's items.
    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            CombiKind::Product => self.indices.iter().enumerate().map(|(k, &i)| self.pools[k][i]).collect(),
            _ => self.indices[..self.r].iter().map(|&i| self.pools[0][i]).collect(),
        }
    }
}

/// A built-in module.
pub struct ModuleObj {
    /// Module name.
    pub name: String,
    /// Its attributes.
    pub attrs: RefCell<SymMap<Value>>,
}

impl Obj {
    /// The str payload if this is a str.
    #[inline]
    pub fn as_str(&self) -> Option<&StrObj> {
        match &self.kind {
            ObjKind::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Value {
    /// The text of a str value.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.as_obj().map(|o| &o.kind) {
            Some(ObjKind::Str(s)) => Some(&s.s),
            _ => None,
        }
    }

    /// The object kind of a heap value.
    #[inline]
    pub fn kind(&self) -> Option<&ObjKind> {
        self.as_obj().map(|o| &o.kind)
    }
}

#[cfg(test)]
mod layout {
    use super::*;

    /// Every heap object is as large as the largest inline kind: big kinds are boxed so
    /// that strs, lists, tuples and instances stay small.
    #[test]
    fn object_size_is_pinned() {
        assert_eq!(std::mem::size_of::<Obj>(), 80);
        assert!(std::mem::size_of::<InstanceObj>() <= 64);
    }
}
