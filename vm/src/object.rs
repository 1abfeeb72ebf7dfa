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
    pub s: Box<str>,
    /// Number of code points.
    pub nchars: usize,
    /// Cached hash (0: not computed yet).
    pub hash: Cell<i64>,
}

impl StrObj {
    /// Wraps text.
    pub fn new(s: Box<str>) -> StrObj {
        let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
        StrObj { s, nchars, hash: Cell::new(0) }
    }

    /// Is every code point ASCII (so byte index == char index)?
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
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
