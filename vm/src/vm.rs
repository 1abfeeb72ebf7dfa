//! The virtual machine: its state, object allocation, errors, and the GC root set.
//!
//! One `Vm` runs one program. Its value stack holds every frame's slots contiguously
//! (frame `i` owns `stack[frames[i].base ..]` up to the next frame's call site), so
//! Python-to-Python calls never recurse natively. Host code that calls back into Python
//! (`Vm::call`) runs a nested dispatch loop; the recursion limit bounds that nesting too.

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::bytecode::{CodeUnit, Const};
use crate::gc::{Heap, Marker};
use crate::intern::{Interner, Sym};
use crate::object::*;
use crate::shape::Shapes;
use crate::value::{fits_small, Value};

/// The result of an operation that may raise: `Err` holds the exception instance.
pub type PyResult<T = Value> = Result<T, Value>;

macro_rules! type_ids {
    ($($name:ident),* $(,)?) => {
        /// Built-in types, indexing [`Vm::types`].
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum TypeId {
            $($name,)*
        }

        impl TypeId {
            /// Every built-in type, in discriminant order.
            pub const ALL: [TypeId; NTYPES] = [$(TypeId::$name,)*];
        }
    };
}

type_ids!(
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Bytes,
    Function,
    BuiltinFunction,
    Method,
    Code,
    Cell,
    Generator,
    Iterator,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Ellipsis,
    NotImplementedType,
    DictKeys,
    DictValues,
    DictItems,
    ByteArray
);

/// Number of [`TypeId`]s.
pub const NTYPES: usize = 33;

/// Built-in exception classes, indexing [`Vm::exc_types`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum ExcKind {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    FloatingPointError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    UnicodeError,
    TypeError,
    AttributeError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    AssertionError,
    ImportError,
    ModuleNotFoundError,
    MemoryError,
    OSError,
    EOFError,
    FileNotFoundError,
    FileExistsError,
    PermissionError,
    TimeoutError,
    ConnectionError,
    SyntaxError,
    IndentationError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    Warning,
    UserWarning,
    DeprecationWarning,
    RuntimeWarning,
    StopAsyncIteration,
    BufferError,
    EnvironmentError,
    PendingDeprecationWarning,
    SyntaxWarning,
    FutureWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
    ReferenceError,
    SystemError,
    IsADirectoryError,
    NotADirectoryError,
    InterruptedError,
    ChildProcessError,
    ProcessLookupError,
    BlockingIOError,
    BrokenPipeError,
    ConnectionResetError,
    ConnectionRefusedError,
    ConnectionAbortedError,
    TabError,
    UnicodeTranslateError,
}

/// Every exception kind with its name and parent, in definition order.
pub const EXC_HIERARCHY: &[(ExcKind, &str, Option<ExcKind>)] = &[
    (ExcKind::BaseException, "BaseException", None),
    (ExcKind::SystemExit, "SystemExit", Some(ExcKind::BaseException)),
    (ExcKind::KeyboardInterrupt, "KeyboardInterrupt", Some(ExcKind::BaseException)),
    (ExcKind::GeneratorExit, "GeneratorExit", Some(ExcKind::BaseException)),
    (ExcKind::Exception, "Exception", Some(ExcKind::BaseException)),
    (ExcKind::StopIteration, "StopIteration", Some(ExcKind::Exception)),
    (ExcKind::ArithmeticError, "ArithmeticError", Some(ExcKind::Exception)),
    (ExcKind::ZeroDivisionError, "ZeroDivisionError", Some(ExcKind::ArithmeticError)),
    (ExcKind::OverflowError, "OverflowError", Some(ExcKind::ArithmeticError)),
    (ExcKind::FloatingPointError, "FloatingPointError", Some(ExcKind::ArithmeticError)),
    (ExcKind::LookupError, "LookupError", Some(ExcKind::Exception)),
    (ExcKind::IndexError, "IndexError", Some(ExcKind::LookupError)),
    (ExcKind::KeyError, "KeyError", Some(ExcKind::LookupError)),
    (ExcKind::ValueError, "ValueError", Some(ExcKind::Exception)),
    (ExcKind::UnicodeError, "UnicodeError", Some(ExcKind::ValueError)),
    (ExcKind::TypeError, "TypeError", Some(ExcKind::Exception)),
    (ExcKind::AttributeError, "AttributeError", Some(ExcKind::Exception)),
    (ExcKind::NameError, "NameError", Some(ExcKind::Exception)),
    (ExcKind::UnboundLocalError, "UnboundLocalError", Some(ExcKind::NameError)),
    (ExcKind::RuntimeError, "RuntimeError", Some(ExcKind::Exception)),
    (ExcKind::RecursionError, "RecursionError", Some(ExcKind::RuntimeError)),
    (ExcKind::NotImplementedError, "NotImplementedError", Some(ExcKind::RuntimeError)),
    (ExcKind::AssertionError, "AssertionError", Some(ExcKind::Exception)),
    (ExcKind::ImportError, "ImportError", Some(ExcKind::Exception)),
    (ExcKind::ModuleNotFoundError, "ModuleNotFoundError", Some(ExcKind::ImportError)),
    (ExcKind::MemoryError, "MemoryError", Some(ExcKind::Exception)),
    (ExcKind::OSError, "OSError", Some(ExcKind::Exception)),
    (ExcKind::EOFError, "EOFError", Some(ExcKind::Exception)),
    (ExcKind::FileNotFoundError, "FileNotFoundError", Some(ExcKind::OSError)),
    (ExcKind::FileExistsError, "FileExistsError", Some(ExcKind::OSError)),
    (ExcKind::PermissionError, "PermissionError", Some(ExcKind::OSError)),
    (ExcKind::TimeoutError, "TimeoutError", Some(ExcKind::OSError)),
    (ExcKind::ConnectionError, "ConnectionError", Some(ExcKind::OSError)),
    (ExcKind::SyntaxError, "SyntaxError", Some(ExcKind::Exception)),
    (ExcKind::IndentationError, "IndentationError", Some(ExcKind::SyntaxError)),
    (ExcKind::UnicodeDecodeError, "UnicodeDecodeError", Some(ExcKind::UnicodeError)),
    (ExcKind::UnicodeEncodeError, "UnicodeEncodeError", Some(ExcKind::UnicodeError)),
    (ExcKind::Warning, "Warning", Some(ExcKind::Exception)),
    (ExcKind::UserWarning, "UserWarning", Some(ExcKind::Warning)),
    (ExcKind::DeprecationWarning, "DeprecationWarning", Some(ExcKind::Warning)),
    (ExcKind::RuntimeWarning, "RuntimeWarning", Some(ExcKind::Warning)),
    (ExcKind::StopAsyncIteration, "StopAsyncIteration", Some(ExcKind::Exception)),
    (ExcKind::BufferError, "BufferError", Some(ExcKind::Exception)),
    (ExcKind::EnvironmentError, "EnvironmentError", Some(ExcKind::OSError)),
    (ExcKind::PendingDeprecationWarning, "PendingDeprecationWarning", Some(ExcKind::Warning)),
    (ExcKind::SyntaxWarning, "SyntaxWarning", Some(ExcKind::Warning)),
    (ExcKind::FutureWarning, "FutureWarning", Some(ExcKind::Warning)),
    (ExcKind::ImportWarning, "ImportWarning", Some(ExcKind::Warning)),
    (ExcKind::UnicodeWarning, "UnicodeWarning", Some(ExcKind::Warning)),
    (ExcKind::BytesWarning, "BytesWarning", Some(ExcKind::Warning)),
    (ExcKind::ResourceWarning, "ResourceWarning", Some(ExcKind::Warning)),
    (ExcKind::EncodingWarning, "EncodingWarning", Some(ExcKind::Warning)),
    (ExcKind::ReferenceError, "ReferenceError", Some(ExcKind::Exception)),
    (ExcKind::SystemError, "SystemError", Some(ExcKind::Exception)),
    (ExcKind::IsADirectoryError, "IsADirectoryError", Some(ExcKind::OSError)),
    (ExcKind::NotADirectoryError, "NotADirectoryError", Some(ExcKind::OSError)),
    (ExcKind::InterruptedError, "InterruptedError", Some(ExcKind::OSError)),
    (ExcKind::ChildProcessError, "ChildProcessError", Some(ExcKind::OSError)),
    (ExcKind::ProcessLookupError, "ProcessLookupError", Some(ExcKind::OSError)),
    (ExcKind::BlockingIOError, "BlockingIOError", Some(ExcKind::OSError)),
    (ExcKind::BrokenPipeError, "BrokenPipeError", Some(ExcKind::ConnectionError)),
    (ExcKind::ConnectionResetError, "ConnectionResetError", Some(ExcKind::ConnectionError)),
    (ExcKind::ConnectionRefusedError, "ConnectionRefusedError", Some(ExcKind::ConnectionError)),
    (ExcKind::ConnectionAbortedError, "ConnectionAbortedError", Some(ExcKind::ConnectionError)),
    (ExcKind::TabError, "TabError", Some(ExcKind::IndentationError)),
    (ExcKind::UnicodeTranslateError, "UnicodeTranslateError", Some(ExcKind::UnicodeError)),
];

/// What kind of activation a frame is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// A function call.
    Call,
    /// A generator being resumed (the generator object).
    Generator(Value),
    /// A class body (the namespace object).
    ClassBody(Value),
    /// An `__init__` call made by instantiation: returns the instance (value held here).
    Init(Value),
    /// A user class's binary-operator method (`__add__`, ...) called frameless by the
    /// operator: the operands sit just below the frame's callable (at `ret_sp`), and a
    /// `NotImplemented` result goes on to the reflected method (`Vm::binary_op_rest`).
    BinOp(crate::bytecode::BinOp),
    /// The module's top level.
    Module,
}

/// One activation on the VM's frame stack.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The code object value (kept for the GC).
    pub code: Value,
    /// The function (or null for the module).
    pub func: Value,
    /// Next instruction.
    pub pc: u32,
    /// Index of local slot 0 in the value stack.
    pub base: u32,
    /// Stack height to cut back to when the frame returns (the call site's callable).
    pub ret_sp: u32,
    /// Handler blocks below this index belong to callers.
    pub handler_base: u32,
    /// Exceptions-being-handled below this index belong to callers.
    pub exc_base: u32,
    /// Is this the frame a nested `run` started with (returning ends that `run`)?
    pub entry: bool,
    /// Kind of activation.
    pub kind: FrameKind,
}

/// An exception handler block (see `Op::SetupExcept`).
#[derive(Copy, Clone, Debug)]
pub struct Handler {
    /// Handler pc.
    pub pc: u32,
    /// Absolute stack height to cut back to.
    pub height: u32,
    /// Number of exceptions being handled when the block was set up.
    pub exc_depth: u32,
}

/// One entry of the global table: a module global and the builtin of the same name.
#[derive(Copy, Clone, Debug)]
pub struct GlobalSlot {
    /// The module-level binding (null if unbound).
    pub value: Value,
    /// The builtin of that name (null if none).
    pub builtin: Value,
    /// The name.
    pub name: Sym,
}

/// Interpreter counters for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct VmStats {
    /// Instructions executed.
    pub instructions: u64,
    /// Python function calls.
    pub calls: u64,
}

/// Frequently used names, interned once.
#[allow(missing_docs)]
pub struct Names {
    pub init: Sym,
    pub new: Sym,
    pub repr: Sym,
    pub str: Sym,
    pub eq: Sym,
    pub ne: Sym,
    pub lt: Sym,
    pub le: Sym,
    pub gt: Sym,
    pub ge: Sym,
    pub hash: Sym,
    pub len: Sym,
    pub getitem: Sym,
    pub setitem: Sym,
    pub delitem: Sym,
    pub contains: Sym,
    pub iter: Sym,
    pub next: Sym,
    pub call: Sym,
    pub enter: Sym,
    pub exit: Sym,
    pub bool_: Sym,
    pub neg: Sym,
    pub pos: Sym,
    pub invert: Sym,
    pub abs: Sym,
    pub index: Sym,
    pub int: Sym,
    pub float: Sym,
    pub getattr: Sym,
    pub getattribute: Sym,
    pub setattr: Sym,
    pub delattr: Sym,
    pub name: Sym,
    pub qualname: Sym,
    pub module: Sym,
    pub class: Sym,
    pub dict: Sym,
    pub doc: Sym,
    pub slots: Sym,
    pub args: Sym,
    pub self_: Sym,
    pub format: Sym,
    pub reversed: Sym,
    pub round: Sym,
    pub get: Sym,
    pub set: Sym,
    pub delete: Sym,
    pub init_subclass: Sym,
    pub set_name: Sym,
    pub missing: Sym,
    /// `__add__`, `__sub__`, ... by `BinOp as usize`.
    pub binop: [Sym; 13],
    /// `__radd__`, `__rsub__`, ... by `BinOp as usize`.
    pub rbinop: [Sym; 13],
}

/// The virtual machine.
pub struct Vm {
    /// The object heap.
    pub heap: Heap,
    /// The name table.
    pub interner: Interner,
    /// Common names.
    pub names: Names,
    /// The value stack (all frames' slots and operands).
    pub stack: Vec<Value>,
    /// The frame stack.
    pub frames: Vec<Frame>,
    /// Exception handler blocks of all frames.
    pub handlers: Vec<Handler>,
    /// Exceptions being handled (innermost last).
    pub exc_info: Vec<Value>,
    /// The global table.
    pub globals: Vec<GlobalSlot>,
    /// Name -> global slot.
    pub global_index: HashMap<Sym, u32>,
    /// Built-in type objects by [`TypeId`].
    pub types: Vec<Value>,
    /// Built-in exception classes by [`ExcKind`].
    pub exc_types: Vec<Value>,
    /// Instance shapes.
    pub shapes: Shapes,
    /// Bumped whenever a class namespace changes after creation (invalidates caches).
    pub type_version: u64,
    /// Bumped when a class gains, after creation, something that takes precedence over
    /// an instance's own attributes: a data descriptor (property, `__set__`), or a
    /// `__getattribute__` or `__setattr__`. Instance-slot caches (interpreter sites and
    /// the JIT's `guard_layout`) are valid only under the version they were filled in.
    pub layout_version: u64,
    /// The keywords of the class statement being finished (`class P(Base, key="csv")`),
    /// passed to `__init_subclass__`; empty otherwise.
    pub class_kwargs: Vec<(Sym, Value)>,
    /// The metaclass of the class `create_class` makes next (null: `type`, or the one its
    /// bases have), set by `type.__new__`.
    pub class_meta: Value,
    /// The qualified name of the class whose `__init_subclass__` runs (for messages).
    pub class_being_finished: String,
    /// The dict subclass `globals()` returns (writes go through to the global slots),
    /// made on first use; null before.
    pub globals_dict_class: Value,
    /// Values held by host code across calls into Python.
    pub roots: Vec<Value>,
    /// Calls into Python made while a container is mutably borrowed (a user `__eq__`
    /// comparing keys in the middle of a dict or set insertion): no collection runs
    /// meanwhile, since marking must borrow the container. It runs at the next safepoint.
    pub gc_deferred: u32,
    /// Built-in modules, created on first import.
    pub modules: HashMap<Sym, Value>,
    /// Source text by file name (for tracebacks).
    pub sources: HashMap<String, Rc<str>>,
    /// Interpreter counters.
    pub stats: VmStats,
    /// Maximum Python frame depth.
    pub recursion_limit: usize,
    /// Buffered standard output.
    pub out: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The `...` singleton.
    pub ellipsis: Value,
    /// The `NotImplemented` singleton.
    pub not_implemented: Value,
    /// Interned small strs for single ASCII characters.
    pub char_strs: Vec<Value>,
    /// The empty str.
    pub empty_str: Value,
    /// The empty tuple.
    pub empty_tuple: Value,
    /// Code objects loaded by `load_code` that must stay alive (module code).
    pub module_code: Vec<Value>,
    /// While an embedded standard-library module's code loads: its name (its globals get
    /// slots of their own, see `crate::stdlib`).
    pub global_prefix: Option<String>,
    /// The global-slot prefix of code `exec`/`eval` ran with each globals dict (by the
    /// dict's bits).
    pub exec_prefixes: HashMap<u64, String>,
    /// The globals dicts of the `exec`/`eval` calls running (innermost last).
    pub exec_globals: Vec<Value>,
    /// Functions made in class bodies being run that use `super()` or `__class__`, with
    /// the body's namespace: they learn their class when it is made, decorated or not.
    pub class_cell_pending: Vec<(Value, Value)>,
    /// Classes made so far (`ClassObj::serial`).
    pub class_serial: u64,
    /// Set by `Op::Yield` when a generator frame suspends (vs returns).
    pub yielded: bool,
    /// Depth of nested native `run` calls.
    pub native_depth: usize,
    /// The frame-evaluation hooks (see `hooks`).
    pub(crate) hook_chain: crate::hooks::HookChain,
    /// Whether any hook is installed: the one branch frame entry pays without hooks.
    pub hooks_active: bool,
    /// Back-edge and entry counters, while an optimizer has profiling on.
    pub(crate) profile: Option<Box<crate::hooks::Profile>>,
    /// The instruction observer (recording mode), if attached.
    pub(crate) observer: Option<std::rc::Rc<dyn crate::hooks::Observer>>,
    /// `fast_loop` as it was before an observer turned it off.
    pub(crate) fast_loop_saved: bool,
    /// Called at back-edges while profiling.
    pub(crate) loop_hook: Option<std::rc::Rc<dyn crate::hooks::LoopHook>>,
    /// Objects whose `repr` is being computed (recursion guard for containers).
    pub repr_stack: Vec<Value>,
    /// Set when an exception is re-raised (the traceback keeps its frames).
    pub reraising: bool,
    /// Name of the builtin being called (for builtins shared by several names).
    pub current_builtin_name: Option<&'static str>,
    /// Set by `object.__getattribute__` for the instance lookup it starts: that lookup
    /// does not fall back to `__getattr__` (taken, and so cleared, by the lookup).
    pub no_getattr_hook: bool,
    /// Count executed instructions (`--stats`); off by default, since it costs a memory
    /// increment per instruction.
    pub count_instructions: bool,
    /// Depth of native recursion into nested containers (repr, comparison), which counts
    /// against the recursion limit like Python frames do.
    pub c_depth: usize,
    /// Use the fast loop (`fastloop.rs`) for the common instructions; `KILN_FAST_LOOP=0`
    /// turns it off, to measure it.
    pub fast_loop: bool,
    /// Let the fast loop also run calls itself: push and pop frames for simple Python
    /// calls, call built-in functions and methods (`KILN_FAST_CALLS=0` turns it off, to
    /// measure it).
    pub fast_calls: bool,
    /// The built-in `next` (a call `next(gen)` resumes the generator inline).
    pub builtin_next: Value,
}

impl Vm {
    /// A new VM with the built-in types, exceptions and functions installed.
    pub fn new() -> Vm {
        let mut interner = Interner::default();
        let names = Names::new(&mut interner);
        let mut vm = Vm {
            heap: Heap::new(),
            interner,
            names,
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            handlers: Vec::new(),
            exc_info: Vec::new(),
            globals: Vec::new(),
            global_index: HashMap::new(),
            types: Vec::new(),
            exc_types: Vec::new(),
            shapes: Shapes::new(),
            type_version: 0,
            layout_version: 0,
            class_kwargs: Vec::new(),
            class_meta: Value::NULL,
            class_being_finished: String::new(),
            globals_dict_class: Value::NULL,
            roots: Vec::new(),
            gc_deferred: 0,
            modules: HashMap::new(),
            sources: HashMap::new(),
            stats: VmStats::default(),
            recursion_limit: 1000,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv: Vec::new(),
            ellipsis: Value::NONE,
            not_implemented: Value::NONE,
            char_strs: Vec::new(),
            empty_str: Value::NONE,
            empty_tuple: Value::NONE,
            module_code: Vec::new(),
            global_prefix: None,
            exec_prefixes: HashMap::new(),
            exec_globals: Vec::new(),
            class_cell_pending: Vec::new(),
            class_serial: 0,
            yielded: false,
            native_depth: 0,
            hook_chain: Default::default(),
            hooks_active: false,
            profile: None,
            observer: None,
            fast_loop_saved: true,
            loop_hook: None,
            repr_stack: Vec::new(),
            reraising: false,
            current_builtin_name: None,
            no_getattr_hook: false,
            count_instructions: false,
            c_depth: 0,
            fast_loop: std::env::var("KILN_FAST_LOOP").map(|v| v != "0").unwrap_or(true),
            fast_calls: std::env::var("KILN_FAST_CALLS").map(|v| v != "0").unwrap_or(true),
            builtin_next: Value::NULL,
        };
        vm.heap.stress = std::env::var("KILN_GC_STRESS").map(|v| v == "1").unwrap_or(false);
        crate::builtins::bootstrap(&mut vm);
        vm.builtin_next = vm.get_builtin("next").unwrap_or(Value::NULL);
        vm
    }

    // ----- names and globals -----

    /// Interns a name.
    pub fn intern(&mut self, s: &str) -> Sym {
        self.interner.intern(s)
    }

    /// The text of a name.
    pub fn sym_str(&self, s: Sym) -> &str {
        self.interner.name(s)
    }

    /// The global-table slot of a name, creating it if needed.
    pub fn global_slot(&mut self, name: Sym) -> u32 {
        if let Some(&i) = self.global_index.get(&name) {
            return i;
        }
        let i = self.globals.len() as u32;
        self.globals.push(GlobalSlot { value: Value::NULL, builtin: Value::NULL, name });
        self.global_index.insert(name, i);
        i
    }

    /// Binds a module-level global.
    pub fn set_global(&mut self, name: &str, v: Value) {
        let s = self.intern(name);
        let i = self.global_slot(s) as usize;
        self.globals[i].value = v;
    }

    /// The globals CPython gives the main module before it runs: `__name__`, `__doc__`
    /// (replaced by the docstring if there is one) and, for a file, `__file__`.
    pub fn init_main_globals(&mut self, filename: &str) {
        let name = self.new_str("__main__");
        self.set_global("__name__", name);
        self.set_global("__doc__", Value::NONE);
        if filename != "<string>" {
            let f = self.new_str(filename);
            self.set_global("__file__", f);
        }
    }

    /// Defines a builtin name.
    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let s = self.intern(name);
        let i = self.global_slot(s) as usize;
        self.globals[i].builtin = v;
    }

    /// Looks up a builtin by name.
    pub fn get_builtin(&self, name: &str) -> Option<Value> {
        let s = self.interner.lookup(name)?;
        let i = *self.global_index.get(&s)?;
        let v = self.globals[i as usize].builtin;
        (!v.is_null()).then_some(v)
    }

    // ----- allocation -----

    /// A new str.
    pub fn new_str(&mut self, s: &str) -> Value {
        if s.len() == 1 && !self.char_strs.is_empty() {
            let b = s.as_bytes()[0];
            if b < 128 {
                return self.char_strs[b as usize];
            }
        }
        if s.is_empty() && !self.empty_str.is_none() {
            return self.empty_str;
        }
        let b: Box<str> = s.into();
        self.heap.alloc_with(b.len(), move || ObjKind::Str(StrObj::new(b)))
    }

    /// A new str from an owned String.
    pub fn new_string(&mut self, s: String) -> Value {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        let b = s.into_boxed_str();
        self.heap.alloc_with(b.len(), move || ObjKind::Str(StrObj::new(b)))
    }

    /// An int from an i64 (boxed if it does not fit in 48 bits).
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        if fits_small(i) {
            Value::small_int(i)
        } else {
            self.heap.alloc_with(0, move || ObjKind::Int64(i))
        }
    }

    /// An int from a BigInt (unboxed when small).
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            return self.new_int(i);
        }
        self.heap.alloc(ObjKind::Int(b))
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let n = items.capacity() * 8;
        self.heap.alloc_with(n, move || ObjKind::List(std::cell::RefCell::new(items)))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() && !self.empty_tuple.is_none() {
            return self.empty_tuple;
        }
        let n = items.len();
        let boxed = items.into_boxed_slice();
        self.heap.alloc_with(n * 8, move || ObjKind::Tuple(boxed))
    }

    /// A new empty dict.
    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(ObjKind::Dict(Box::new(std::cell::RefCell::new(crate::table::DictTable::new()))))
    }

    /// A new empty set.
    pub fn new_set(&mut self) -> Value {
        self.heap.alloc(ObjKind::Set(Box::new(std::cell::RefCell::new(crate::table::SetTable::new()))))
    }

    /// A new built-in iterator.
    pub fn new_iter(&mut self, st: IterState) -> Value {
        self.heap.alloc_with(0, move || ObjKind::Iter(std::cell::RefCell::new(st)))
    }

    /// A new built-in function object.
    pub fn new_builtin(&mut self, name: &'static str, func: BuiltinFn) -> Value {
        self.heap.alloc(ObjKind::Builtin(BuiltinObj {
            name,
            func,
            bound: Value::NULL,
            recv_base: false,
            owner: Value::NULL,
        }))
    }

    /// An int value from an i128 computation.
    pub fn int_from_i128(&mut self, i: i128) -> Value {
        if let Ok(x) = i64::try_from(i) {
            self.new_int(x)
        } else {
            self.new_bigint(BigInt::from(i))
        }
    }

    /// Holds a value as a GC root until [`Vm::pop_roots`] truncates back.
    pub fn push_root(&mut self, v: Value) {
        self.roots.push(v);
    }

    /// Releases roots pushed since `mark` (the value of `roots.len()` taken earlier).
    pub fn pop_roots(&mut self, mark: usize) {
        self.roots.truncate(mark);
    }

    // ----- code loading -----

    /// Loads a compiled code unit (and its nested units) into heap code objects.
    pub fn load_code(&mut self, unit: &CodeUnit) -> Value {
        let filename: Rc<str> = Rc::from(unit.filename.as_str());
        self.load_code_rc(unit, &filename)
    }

    fn load_code_rc(&mut self, unit: &CodeUnit, filename: &Rc<str>) -> Value {
        let mark = self.roots.len();
        let mut consts = Vec::with_capacity(unit.consts.len());
        for c in &unit.consts {
            let v = self.load_const(c, filename);
            self.push_root(v);
            consts.push(v);
        }
        let names: Vec<Sym> = unit.names.iter().map(|n| self.interner.intern(n)).collect();
        let global_slots: Vec<u32> = names.iter().map(|&n| self.code_global_slot(n)).collect();
        let varnames: Vec<Sym> = unit.varnames.iter().map(|n| self.interner.intern(n)).collect();
        let code = CodeObj {
            name: unit.name.clone(),
            qualname: unit.qualname.clone(),
            filename: filename.clone(),
            first_line: unit.first_line,
            ops: {
                let mut ops = unit.ops.clone();
                crate::bytecode::quicken(&mut ops);
                ops.into_boxed_slice()
            },
            lines: unit.lines.clone().into_boxed_slice(),
            positions: unit.positions.clone().into_boxed_slice(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            global_slots: global_slots.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            cellvars: unit.cellvars.clone().into_boxed_slice(),
            nfree: unit.nfree,
            flags: unit.flags,
            caches: (0..unit.ncaches).map(|_| Default::default()).collect(),
            max_stack: crate::compiler::max_stack_depth(unit).unwrap_or(64),
            fast_call: unit.kwonlyargcount == 0
                && !unit.flags.varargs
                && !unit.flags.varkw
                && !unit.flags.generator
                && unit.cellvars.is_empty()
                && unit.nfree == 0,
            frame_call: unit.kwonlyargcount == 0
                && !unit.flags.varargs
                && !unit.flags.varkw
                && !unit.flags.generator
                && unit.cellvars.is_empty(),
            loop_gates: (0..unit.ops.len()).map(|_| std::cell::Cell::new(0)).collect(),
            entry_gate: std::cell::Cell::new(false),
        };
        let v = self.heap.alloc(ObjKind::Code(Box::new(code)));
        self.pop_roots(mark);
        v
    }

    fn load_const(&mut self, c: &Const, filename: &Rc<str>) -> Value {
        match c {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::bool(*b),
            Const::Int(i) => self.new_int(*i),
            Const::BigInt(s) => {
                let b = s.parse::<BigInt>().unwrap_or_default();
                self.new_bigint(b)
            }
            Const::Float(f) => Value::float(*f),
            Const::Str(s) => self.new_str(s),
            Const::Bytes(b) => self.heap.alloc(ObjKind::Bytes(b.clone().into_boxed_slice())),
            Const::Ellipsis => self.ellipsis,
            Const::Tuple(items) => {
                let mark = self.roots.len();
                let mut vs = Vec::with_capacity(items.len());
                for it in items {
                    let v = self.load_const(it, filename);
                    self.push_root(v);
                    vs.push(v);
                }
                let t = self.new_tuple(vs);
                self.pop_roots(mark);
                t
            }
            Const::FrozenSet(items) => {
                let mark = self.roots.len();
                let mut vs = Vec::with_capacity(items.len());
                for it in items {
                    let v = self.load_const(it, filename);
                    self.push_root(v);
                    vs.push(v);
                }
                let t = self.new_tuple(vs);
                self.push_root(t);
                let fs = self.frozenset_constant(t);
                self.pop_roots(mark);
                fs
            }
            Const::Code(unit) => self.load_code_rc(unit, filename),
        }
    }

    // ----- errors -----

    /// The class of a built-in exception kind.
    pub fn exc_type(&self, kind: ExcKind) -> Value {
        self.exc_types[kind as usize]
    }

    /// A new exception instance of a built-in kind with one message argument.
    pub fn new_exc(&mut self, kind: ExcKind, msg: &str) -> Value {
        let cls = self.exc_type(kind);
        let m = self.new_str(msg);
        let args = self.new_tuple(vec![m]);
        self.new_exc_instance(cls, args)
    }

    /// A new exception instance of `cls` with the given args tuple.
    pub fn new_exc_instance(&mut self, cls: Value, args: Value) -> Value {
        let exc = ExcData {
            args,
            traceback: Vec::new(),
            hint: None,
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
        };
        self.heap.alloc(ObjKind::Instance(InstanceObj {
            class: cls,
            shape: std::cell::Cell::new(0),
            slots: std::cell::RefCell::new(Vec::new()),
            exc: Some(Box::new(std::cell::RefCell::new(exc))),
            base: Value::NULL,
        }))
    }

    /// `Err` of a new exception of a built-in kind.
    pub fn err<T>(&mut self, kind: ExcKind, msg: impl AsRef<str>) -> PyResult<T> {
        Err(self.new_exc(kind, msg.as_ref()))
    }

    /// A NameError (`obj` null) or AttributeError (of `obj`) for the missing `name`,
    /// remembering both for the traceback's suggestion.
    pub fn missing_name_error<T>(
        &mut self,
        kind: ExcKind,
        msg: &str,
        obj: Value,
        name: crate::intern::Sym,
    ) -> PyResult<T> {
        let e = self.new_exc(kind, msg);
        if let Some(ObjKind::Instance(i)) = e.kind() {
            if let Some(x) = &i.exc {
                x.borrow_mut().hint = Some((obj, name));
            }
        }
        Err(e)
    }

    /// `TypeError`.
    pub fn type_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err(ExcKind::TypeError, msg)
    }

    /// `ValueError`.
    pub fn value_error<T>(&mut self, msg: impl AsRef<str>) -> PyResult<T> {
        self.err(ExcKind::ValueError, msg)
    }

    /// Is `exc` an instance of the built-in exception kind (or a subclass)?
    pub fn exc_matches(&self, exc: Value, kind: ExcKind) -> bool {
        let cls = self.type_of(exc);
        self.is_subclass(cls, self.exc_type(kind))
    }

    // ----- GC -----

    /// Runs a collection now, with every VM root.
    pub fn collect_garbage(&mut self) {
        if (self.heap.polling() && !self.heap.wants_collection()) || self.gc_deferred > 0 {
            return;
        }
        let Vm {
            heap,
            stack,
            frames,
            exc_info,
            globals,
            types,
            exc_types,
            roots,
            modules,
            module_code,
            char_strs,
            repr_stack,
            class_cell_pending,
            ..
        } = self;
        let (ellipsis, not_impl, empty_str, empty_tuple, builtin_next, globals_dict_class) = (
            self.ellipsis,
            self.not_implemented,
            self.empty_str,
            self.empty_tuple,
            self.builtin_next,
            self.globals_dict_class,
        );
        heap.collect(&mut |m: &mut Marker| {
            m.mark_all(stack);
            for f in frames.iter() {
                m.mark(f.code);
                m.mark(f.func);
                match f.kind {
                    FrameKind::Generator(v) | FrameKind::ClassBody(v) | FrameKind::Init(v) => m.mark(v),
                    FrameKind::Call | FrameKind::Module | FrameKind::BinOp(_) => {}
                }
            }
            m.mark_all(exc_info);
            for g in globals.iter() {
                m.mark(g.value);
                m.mark(g.builtin);
            }
            m.mark_all(types);
            m.mark_all(exc_types);
            m.mark_all(roots);
            for v in modules.values() {
                m.mark(*v);
            }
            m.mark_all(module_code);
            m.mark_all(char_strs);
            m.mark_all(repr_stack);
            for (ns, f) in class_cell_pending.iter() {
                m.mark(*ns);
                m.mark(*f);
            }
            m.mark(ellipsis);
            m.mark(not_impl);
            m.mark(empty_str);
            m.mark(empty_tuple);
            m.mark(builtin_next);
            m.mark(globals_dict_class);
        });
    }

    /// Enters one level of native recursion (nested container repr or comparison);
    /// raises `RecursionError: maximum recursion depth exceeded <what>` past the limit.
    /// Every successful call must be paired with [`Vm::leave_native`].
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        if self.frames.len() + self.c_depth >= self.recursion_limit {
            return self.err(ExcKind::RecursionError, format!("maximum recursion depth exceeded{what}"));
        }
        self.c_depth += 1;
        Ok(())
    }

    /// Leaves a level entered with [`Vm::enter_native`].
    pub fn leave_native(&mut self) {
        self.c_depth -= 1;
    }

    /// Collects if a collection is due (called at safepoints).
    #[inline(always)]
    pub fn safepoint(&mut self) {
        if self.heap.collection_due() {
            self.collect_garbage();
        }
    }

    // ----- output -----

    /// Writes text to standard output (buffered).
    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }

    /// Flushes standard output.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// Every binary operator, in `BinOp as usize` order.
const BINOPS: [crate::bytecode::BinOp; 13] = {
    use crate::bytecode::BinOp::*;
    [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul]
};

impl Names {
    fn new(i: &mut Interner) -> Names {
        Names {
            init: i.intern("__init__"),
            new: i.intern("__new__"),
            repr: i.intern("__repr__"),
            str: i.intern("__str__"),
            eq: i.intern("__eq__"),
            ne: i.intern("__ne__"),
            lt: i.intern("__lt__"),
            le: i.intern("__le__"),
            gt: i.intern("__gt__"),
            ge: i.intern("__ge__"),
            hash: i.intern("__hash__"),
            len: i.intern("__len__"),
            getitem: i.intern("__getitem__"),
            setitem: i.intern("__setitem__"),
            delitem: i.intern("__delitem__"),
            contains: i.intern("__contains__"),
            iter: i.intern("__iter__"),
            next: i.intern("__next__"),
            call: i.intern("__call__"),
            enter: i.intern("__enter__"),
            exit: i.intern("__exit__"),
            bool_: i.intern("__bool__"),
            neg: i.intern("__neg__"),
            pos: i.intern("__pos__"),
            invert: i.intern("__invert__"),
            abs: i.intern("__abs__"),
            index: i.intern("__index__"),
            int: i.intern("__int__"),
            float: i.intern("__float__"),
            getattr: i.intern("__getattr__"),
            getattribute: i.intern("__getattribute__"),
            setattr: i.intern("__setattr__"),
            delattr: i.intern("__delattr__"),
            name: i.intern("__name__"),
            qualname: i.intern("__qualname__"),
            module: i.intern("__module__"),
            class: i.intern("__class__"),
            dict: i.intern("__dict__"),
            doc: i.intern("__doc__"),
            slots: i.intern("__slots__"),
            args: i.intern("args"),
            self_: i.intern("self"),
            format: i.intern("__format__"),
            reversed: i.intern("__reversed__"),
            round: i.intern("__round__"),
            get: i.intern("__get__"),
            set: i.intern("__set__"),
            delete: i.intern("__delete__"),
            init_subclass: i.intern("__init_subclass__"),
            set_name: i.intern("__set_name__"),
            missing: i.intern("__missing__"),
            binop: BINOPS.map(|op| i.intern(op.dunders().0)),
            rbinop: BINOPS.map(|op| i.intern(op.dunders().1)),
        }
    }
}
