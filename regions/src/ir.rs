//! The region IR: typed SSA over raw machine values and interpreter values, with guards
//! that leave the region through snapshots.
//!
//! # Terminology
//!
//! - A **value** (`v7`) is defined exactly once: by an instruction or as a block
//!   parameter. Its type ([`Ty`]) is `val` (an interpreter `Value`: a NaN-boxed word that
//!   may point into the GC heap), or a raw `i64`, `f64` or `bool` that the interpreter
//!   would have boxed.
//! - A **block** (`block2`) has parameters, a list of instructions and one terminator.
//!   Blocks form a chain: a terminator jumps to the next block or back to an earlier one
//!   (a loop), so every block dominates the blocks after it. `block0` is the entry; its
//!   parameters are the entry frame's slots, read when the region is entered. (Blocks
//!   of bridges grafted onto a compiled loop, [`Region::grafts`], are the exception: a
//!   guard's failure reaches them, and the passes never see a region that has them.)
//! - A **guard** is an instruction that may leave the region: a type or class check, an
//!   overflow check, a call into the interpreter that may raise. It names a **snapshot**
//!   (`snap3`): the interpreter frames to rebuild at that point, outermost first, each
//!   with its code, the pc to resume at, and which value goes into which slot and onto the
//!   value stack. Raw values are boxed when they are written back.
//! - A **sunk allocation** is an allocating instruction that the optimizer removed from
//!   the instruction stream because its object never escapes the region. Snapshots may
//!   still name its value; leaving through such a snapshot materializes the object. Its
//!   operands may be raw values, boxed when it is materialized.
//! - A **constant** (`k2`) is an interpreter value the region refers to (a code object,
//!   a class, a function, a string); the text form keeps a description of it and the
//!   recorder binds the real value.
//!
//! The opcodes are data: [`Opcode::sig`] gives each one's operand and result types, its
//! immediates, whether it needs a snapshot and what effect it has. The parser, the
//! verifier and the passes read that table instead of matching on opcodes one by one.

use std::fmt;

/// The type of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// An interpreter value (boxed: a NaN-boxed word).
    Val,
    /// A raw 64-bit integer.
    I64,
    /// A raw double.
    F64,
    /// A raw boolean.
    Bool,
}

impl Ty {
    /// The type's name in the text form.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Val => "val",
            Ty::I64 => "i64",
            Ty::F64 => "f64",
            Ty::Bool => "bool",
        }
    }

    /// The type named `s` in the text form.
    pub fn from_name(s: &str) -> Option<Ty> {
        Some(match s {
            "val" => Ty::Val,
            "i64" => Ty::I64,
            "f64" => Ty::F64,
            "bool" => Ty::Bool,
            _ => return None,
        })
    }
}

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The prefix of this entity in the text form.
            pub const PREFIX: &'static str = $prefix;

            /// The index as a `usize`.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }
    };
}

entity!(
    /// An SSA value: `v7`.
    Var,
    "v"
);
entity!(
    /// A block: `block2`.
    BlockId,
    "block"
);
entity!(
    /// A snapshot: `snap3`.
    SnapId,
    "snap"
);
entity!(
    /// A constant of the region's pool: `k1`.
    KonstId,
    "k"
);

/// The kinds of immediate operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmKind {
    /// An integer: a slot index, a shape id, an epoch, a constant.
    Int,
    /// A double constant.
    Float,
    /// A name: an attribute, an operator, a type.
    Name,
    /// A constant of the pool.
    Konst,
}

/// An immediate operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Imm {
    /// An integer; printed in decimal.
    Int(i64),
    /// A double; printed so that it reads back exactly (with a `.` or an exponent, or
    /// `inf`/`-inf`/`nan`).
    Float(f64),
    /// A name; printed in double quotes.
    Name(String),
    /// A constant of the pool; printed `k1`.
    Konst(KonstId),
}

impl Imm {
    /// The kind of this immediate.
    pub fn kind(&self) -> ImmKind {
        match self {
            Imm::Int(_) => ImmKind::Int,
            Imm::Float(_) => ImmKind::Float,
            Imm::Name(_) => ImmKind::Name,
            Imm::Konst(_) => ImmKind::Konst,
        }
    }

    /// The integer, if this is one.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Imm::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The double, if this is one.
    pub fn as_float(&self) -> Option<f64> {
        match self {
            Imm::Float(x) => Some(*x),
            _ => None,
        }
    }
}

impl Eq for Imm {}

impl std::hash::Hash for Imm {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        match self {
            Imm::Int(i) => (0u8, *i).hash(h),
            Imm::Float(x) => (1u8, x.to_bits()).hash(h),
            Imm::Name(s) => (2u8, s).hash(h),
            Imm::Konst(k) => (3u8, k).hash(h),
        }
    }
}

/// What executing an instruction may do besides producing its result. Passes use this to
/// decide what they may move, merge or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Nothing: the result depends only on the operands. May be merged with an equal
    /// instruction and deleted when unused (its guard, if any, only protects its own
    /// result).
    Pure,
    /// Reads mutable heap state: may be merged only with an equal read that no store or
    /// call separates from it; deleted when unused.
    Load,
    /// Writes heap state.
    Store,
    /// Allocates a new object (a candidate for allocation removal).
    Alloc,
    /// Runs arbitrary interpreter code: reads and writes anything, may raise.
    Call,
    /// Checks a condition and leaves the region if it fails; no other effect. Never
    /// deleted unless an earlier guard already proves the condition.
    Guard,
}

/// The operands an opcode takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operands {
    /// Exactly these types.
    Fixed(&'static [Ty]),
    /// Any number of values of this type.
    Variadic(Ty),
}

/// An opcode's signature.
#[derive(Clone, Copy, Debug)]
pub struct Sig {
    /// The name in the text form.
    pub name: &'static str,
    /// Operand types.
    pub args: Operands,
    /// Immediate kinds, after the operands.
    pub imms: &'static [ImmKind],
    /// The result type, if it has a result.
    pub result: Option<Ty>,
    /// Whether it may leave the region (and so needs a snapshot).
    pub exits: bool,
    /// What else it does.
    pub effect: Effect,
}

macro_rules! opcodes {
    ($($variant:ident $name:literal ($($args:tt)*) [$($imm:ident),*] -> $res:tt, $exits:literal, $effect:ident;)*) => {
        /// An operation. Its signature is [`Opcode::sig`]; the list below is the table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Opcode {
            $($variant,)*
        }

        impl Opcode {
            /// Every opcode.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// This opcode's signature.
            pub fn sig(self) -> &'static Sig {
                match self {
                    $(Opcode::$variant => &Sig {
                        name: $name,
                        args: opcodes!(@args $($args)*),
                        imms: &[$(ImmKind::$imm),*],
                        result: opcodes!(@res $res),
                        exits: $exits,
                        effect: Effect::$effect,
                    },)*
                }
            }
        }
    };
    (@args ..$t:ident) => { Operands::Variadic(Ty::$t) };
    (@args $($t:ident),*) => { Operands::Fixed(&[$(Ty::$t),*]) };
    (@res none) => { None };
    (@res $t:ident) => { Some(Ty::$t) };
}

opcodes! {
    // Constants.
    ConstI64 "const_i64" () [Int] -> I64, false, Pure;
    ConstF64 "const_f64" () [Float] -> F64, false, Pure;
    ConstBool "const_bool" () [Int] -> Bool, false, Pure;
    ConstVal "const_val" () [Konst] -> Val, false, Pure;
    // Integer arithmetic. `_ovf` forms leave the region when the result does not fit in
    // 64 bits (the interpreter then makes a big int).
    IAddOvf "iadd_ovf" (I64, I64) [] -> I64, true, Pure;
    ISubOvf "isub_ovf" (I64, I64) [] -> I64, true, Pure;
    IMulOvf "imul_ovf" (I64, I64) [] -> I64, true, Pure;
    INegOvf "ineg_ovf" (I64) [] -> I64, true, Pure;
    IAdd "iadd" (I64, I64) [] -> I64, false, Pure;
    ISub "isub" (I64, I64) [] -> I64, false, Pure;
    IMul "imul" (I64, I64) [] -> I64, false, Pure;
    // Python's floor division and modulo; leave on a zero divisor and on MIN // -1.
    IFloorDiv "ifloordiv" (I64, I64) [] -> I64, true, Pure;
    IMod "imod" (I64, I64) [] -> I64, true, Pure;
    IAnd "iand" (I64, I64) [] -> I64, false, Pure;
    IOr "ior" (I64, I64) [] -> I64, false, Pure;
    IXor "ixor" (I64, I64) [] -> I64, false, Pure;
    // Python's `>>`: leaves on a negative shift count.
    IShr "ishr" (I64, I64) [] -> I64, true, Pure;
    ILt "ilt" (I64, I64) [] -> Bool, false, Pure;
    ILe "ile" (I64, I64) [] -> Bool, false, Pure;
    IGt "igt" (I64, I64) [] -> Bool, false, Pure;
    IGe "ige" (I64, I64) [] -> Bool, false, Pure;
    IEq "ieq" (I64, I64) [] -> Bool, false, Pure;
    INe "ine" (I64, I64) [] -> Bool, false, Pure;
    // Float arithmetic; `fdiv` leaves on a zero divisor (ZeroDivisionError).
    FAdd "fadd" (F64, F64) [] -> F64, false, Pure;
    FSub "fsub" (F64, F64) [] -> F64, false, Pure;
    FMul "fmul" (F64, F64) [] -> F64, false, Pure;
    FDiv "fdiv" (F64, F64) [] -> F64, true, Pure;
    FNeg "fneg" (F64) [] -> F64, false, Pure;
    FLt "flt" (F64, F64) [] -> Bool, false, Pure;
    FLe "fle" (F64, F64) [] -> Bool, false, Pure;
    FGt "fgt" (F64, F64) [] -> Bool, false, Pure;
    FGe "fge" (F64, F64) [] -> Bool, false, Pure;
    FEq "feq" (F64, F64) [] -> Bool, false, Pure;
    FNe "fne" (F64, F64) [] -> Bool, false, Pure;
    IToF "itof" (I64) [] -> F64, false, Pure;
    BNot "bnot" (Bool) [] -> Bool, false, Pure;
    // Two strs (guarded) are equal.
    StrEq "str_eq" (Val, Val) [] -> Bool, false, Pure;
    // `s[i]` for a str (guarded) of ASCII text and 0 <= i < len(s): the one-character
    // str; leaves the region otherwise (the interpreter indexes, or raises).
    StrGet "str_get" (Val, I64) [] -> Val, true, Pure;
    // Identity (`is`): the two values are the same object (the same bits).
    Same "same" (Val, Val) [] -> Bool, false, Pure;
    // Boxing (raw -> interpreter value) and unboxing with a type check.
    BoxI64 "box_i64" (I64) [] -> Val, false, Pure;
    BoxF64 "box_f64" (F64) [] -> Val, false, Pure;
    BoxBool "box_bool" (Bool) [] -> Val, false, Pure;
    UnboxI64 "unbox_i64" (Val) [] -> I64, true, Pure;
    UnboxF64 "unbox_f64" (Val) [] -> F64, true, Pure;
    UnboxBool "unbox_bool" (Val) [] -> Bool, true, Pure;
    // Guards.
    GuardTrue "guard_true" (Bool) [] -> none, true, Guard;
    GuardFalse "guard_false" (Bool) [] -> none, true, Guard;
    // The value's built-in type is the named one ("list", "tuple", "str", "none", ...).
    GuardType "guard_type" (Val) [Name] -> none, true, Guard;
    // An instance of exactly this class with this shape.
    GuardClass "guard_class" (Val) [Konst, Int] -> none, true, Guard;
    GuardIs "guard_is" (Val, Val) [] -> none, true, Guard;
    // The value is not null (a call site's `self` entry holds an object).
    GuardNonNull "guard_nonnull" (Val) [] -> none, true, Guard;
    // An `iter_next` result is not null (the iterator is not exhausted). Its snapshot is
    // the state past the loop, not the state before the guard: it is valid only when the
    // guard really fails (random failures under `chaos` never pick it).
    IterEnd "iter_end" (Val) [] -> none, true, Guard;
    // No class has changed since recording (the VM's type version is this one).
    GuardVersion "guard_version" () [Int] -> none, true, Guard;
    // No class has gained a data descriptor, `__getattribute__` or `__setattr__` since
    // recording (the VM's layout version is this one): instance slots found by an inline
    // cache are still what attribute access reads and writes.
    GuardLayout "guard_layout" () [Int] -> none, true, Guard;
    // The eval-hook epoch still has the value it had when the region was compiled.
    GuardEpoch "guard_epoch" () [Int] -> none, true, Guard;
    // Heap access after guards proved the layout.
    GetSlot "getslot" (Val) [Int] -> Val, false, Load;
    SetSlot "setslot" (Val, Val) [Int] -> none, false, Store;
    // A new attribute: the instance (whose class and shape a guard proved) gets the slot
    // `imms[1]` (its slot count) and the shape `imms[0]`.
    AddSlot "add_slot" (Val, Val) [Int, Int] -> none, false, Store;
    ListLen "list_len" (Val) [] -> I64, false, Load;
    ListGet "list_get" (Val, I64) [] -> Val, false, Load;
    ListSet "list_set" (Val, I64, Val) [] -> none, false, Store;
    ListAppend "list_append" (Val, Val) [] -> none, false, Store;
    TupleLen "tuple_len" (Val) [] -> I64, false, Pure;
    TupleGet "tuple_get" (Val) [Int] -> Val, false, Pure;
    // A module global by slot; leaves the region if it is unbound.
    Global "global" () [Int] -> Val, true, Load;
    SetGlobal "set_global" (Val) [Int] -> none, false, Store;
    // Allocation.
    NewTuple "new_tuple" (..Val) [] -> Val, false, Alloc;
    NewList "new_list" (..Val) [] -> Val, false, Alloc;
    // A function made from a code object and a qualified name, with no defaults, no
    // closure and no class cell (`MakeFunction(0)`: a comprehension, a lambda).
    MakeFunc "make_function" (Val, Val) [] -> Val, false, Alloc;
    // The same with a closure: the third operand is the tuple of its cells.
    MakeClosure "make_closure" (Val, Val, Val) [] -> Val, false, Alloc;
    // An empty dict, an empty set.
    NewDict "new_dict" () [] -> Val, false, Alloc;
    NewSet "new_set" () [] -> Val, false, Alloc;
    // A new instance of the class with the shape, its slots set to the operands.
    NewInstance "new_instance" (..Val) [Konst, Int] -> Val, false, Alloc;
    // Calls into the interpreter: anything may happen, including an exception (which
    // leaves the region through the snapshot with the exception pending).
    BinOp "binop" (Val, Val) [Name] -> Val, true, Call;
    Compare "compare" (Val, Val) [Name] -> Val, true, Call;
    GetAttr "getattr" (Val) [Name] -> Val, true, Call;
    SetAttr "setattr" (Val, Val) [Name] -> none, true, Call;
    GetItem "getitem" (Val, Val) [] -> Val, true, Call;
    SetItem "setitem" (Val, Val, Val) [] -> none, true, Call;
    // A list display's `*it` (or constant tail): the list extended by the items of the
    // iterable (iterating may run Python code).
    ListExtend "list_extend" (Val, Val) [] -> none, true, Call;
    // `s.add(x)` for a set (hashing may run Python code).
    SetAdd "set_add" (Val, Val) [] -> none, true, Call;
    Truthy "truthy" (Val) [] -> Bool, true, Call;
    // Calls the first operand with the others as positional arguments.
    CallFn "call" (..Val) [] -> Val, true, Call;
    // The same with keyword arguments: the last operands are their values, named by the
    // tuple of strs `imms[0]`.
    CallKw "call_kw" (..Val) [Konst] -> Val, true, Call;
    // `iter(x)`.
    GetIter "get_iter" (Val) [] -> Val, true, Call;
    // A unary operator by name ("neg", "pos", "invert", "not").
    Unary "unary" (Val) [Name] -> Val, true, Call;
    // A closure cell's content; leaves the region when the cell is empty.
    CellGet "cell_get" (Val) [] -> Val, true, Load;
    CellSet "cell_set" (Val, Val) [] -> none, false, Store;
    // An f-string field: conversion (`flags & 3`: 1 str, 2 repr, 3 ascii), then the
    // format spec (the second operand; null for none).
    FormatField "format_field" (Val, Val) [Int] -> Val, true, Call;
    // The concatenation of strs (an f-string's parts).
    BuildStr "build_str" (..Val) [] -> Val, false, Alloc;
    // `slice(start, stop, step)`.
    NewSlice "new_slice" (Val, Val, Val) [] -> Val, false, Alloc;
    // The next value of an iterator, or null when it is exhausted (a `for` then leaves
    // through an `iter_end` whose snapshot is past the loop: an iterator that ran out
    // is never asked again, as the interpreter's `for` never asks it again).
    IterNext "iter_next" (Val) [] -> Val, true, Call;
    // The next item of a list or tuple iterator (it runs no Python code); leaves the
    // region when it is exhausted (marking it done, as the interpreter's `for` does) or
    // is not such an iterator.
    SeqNext "seq_next" (Val) [] -> Val, true, Store;
    // The count of an `enumerate` over a list or tuple iterator; leaves the region when
    // the value is not such an `enumerate` (or its count is not a small int).
    EnumCount "enum_count" (Val) [] -> I64, true, Load;
    // The next item of an `enumerate` over a list or tuple iterator, counted (the pair is
    // a `new_tuple` the sink pass removes); leaves the region when the list or tuple is
    // exhausted (marking its iterator done, as the interpreter's `for` does) or the value
    // is not such an `enumerate`.
    EnumNext "enum_next" (Val) [] -> Val, true, Store;
    // The position of the next entry of a dict iterator over the part `imms[0]` (0 keys,
    // 1 values, 2 items), which moves past it; leaves the region when the dict is
    // exhausted or changed size (the interpreter then ends the loop or raises) or the
    // value is not a dict iterator over that part.
    DictNext "dict_next" (Val) [Int] -> I64, true, Store;
    // The key, and the value, of the entry at a position `dict_next` gave (operands: the
    // iterator and the position).
    DictKey "dict_key" (Val, I64) [] -> Val, false, Load;
    DictValue "dict_value" (Val, I64) [] -> Val, false, Load;
    // The next item of list or tuple iterator `imms[1]` of a `zip` over `imms[0]` of them,
    // without taking it; leaves the region when it has none left (the interpreter then
    // ends the loop) or the value is not such a `zip`.
    ZipItem "zip_item" (Val) [Int, Int] -> Val, true, Load;
    // Takes the items `zip_item` read: advances the zip's `imms[0]` iterators.
    ZipStep "zip_step" (Val) [Int] -> none, false, Store;
    // A module's attribute (a module runs no code to find one); leaves the region when
    // the value is not a module or has no such attribute.
    ModuleAttr "module_attr" (Val) [Name] -> Val, true, Load;
    // A one-float `math` function by name (`sqrt`, `sin`, `cos`, `tan`, `atan`, `exp`,
    // `log`, `fabs`); leaves the region when the argument is outside the range where
    // the result needs no error check (the interpreter then computes or raises).
    MathF "math" (F64) [Name] -> F64, true, Pure;
    // The next value of a `range` iterator; leaves the region when it is exhausted.
    RangeNext "range_next" (Val) [] -> I64, true, Store;
    // Whether a range, list, tuple or dict iterator (or an `enumerate` over a list or
    // tuple iterator) is exhausted, without taking a value; an exhausted list, tuple or
    // dict iterator is marked done, as the interpreter's `for` does.
    IterDone "iter_done" (Val) [] -> Bool, false, Store;
}

impl Opcode {
    /// The opcode named `name` in the text form.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.sig().name == name)
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.sig().name)
    }
}

/// One instruction: `v3:i64 = iadd_ovf v1, v2 @snap0`.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The result and its type, for opcodes that have one.
    pub dst: Option<(Var, Ty)>,
    /// The operation.
    pub op: Opcode,
    /// Value operands.
    pub args: Vec<Var>,
    /// Immediate operands.
    pub imms: Vec<Imm>,
    /// Where to leave the region if this instruction exits.
    pub snap: Option<SnapId>,
}

impl Inst {
    /// The result value, if any.
    pub fn result(&self) -> Option<Var> {
        self.dst.map(|(v, _)| v)
    }
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    /// Continue at a block (the next one, or an earlier one: a loop), passing values
    /// for its parameters.
    Jump(BlockId, Vec<Var>),
    /// Leave the region unconditionally through a snapshot.
    Exit(SnapId),
    /// Return from the region's entry frame (frame regions).
    Return(Var),
}

/// A block.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Block {
    /// Parameters. For `block0` each one also names the entry frame's slot it is read
    /// from (`slot N`).
    pub params: Vec<(Var, Ty)>,
    /// For `block0`: the entry frame slot of each parameter.
    pub param_slots: Vec<u32>,
    /// The instructions, in order.
    pub insts: Vec<Inst>,
    /// The terminator (`None` only while a block is being built).
    pub term: Option<Term>,
}

/// A slot or stack entry of a snapshot frame: a value of the region, or empty.
pub type SlotValue = Option<Var>;

/// One interpreter frame of a snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState {
    /// The code object (a constant).
    pub code: KonstId,
    /// The bytecode pc the interpreter resumes at.
    pub pc: u32,
    /// `(slot, value)` for every local slot that holds something; slots not listed are
    /// unbound (null).
    pub slots: Vec<(u32, Var)>,
    /// The value stack above the locals, bottom first.
    pub stack: Vec<Var>,
    /// An inlined `__init__` run by a class call (the interpreter's `Init` frame): it
    /// returns its `self`, local 0, which the recording keeps there.
    pub init: bool,
    /// An inlined operator method (the interpreter's `BinOp` frame): its caller's stack
    /// ends with the two operands and the method, so that a `NotImplemented` result goes
    /// on to the interpreter's fallback (the reflected method, or `TypeError`).
    pub binop: Option<kiln_vm::bytecode::BinOp>,
}

/// The interpreter state to rebuild when leaving the region: frames, outermost first.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Snapshot {
    /// The frames; the first is the region's entry frame, later ones were inlined.
    pub frames: Vec<FrameState>,
}

/// A region.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Region {
    /// Its name (`trace3`, `loop1`, `frame0`).
    pub name: String,
    /// The constant pool: a description of each constant (`code advance nbody.py:20`).
    pub konsts: Vec<String>,
    /// The snapshots.
    pub snaps: Vec<Snapshot>,
    /// Allocations removed from the instruction stream, materialized only on exit.
    pub sunk: Vec<Inst>,
    /// The blocks; `block0` is the entry.
    pub blocks: Vec<Block>,
    /// Bridges grafted onto the loop (a trace tree): guards that fail through these
    /// snapshots continue at a block of the region instead of leaving it.
    pub grafts: Vec<Graft>,
}

/// A bridge grafted onto its loop: a guard that fails through `snap` continues at
/// `block`, passing `args` (the snapshot's values, boxed) for its parameters. The
/// bridge's block ends by jumping to `block0` with the loop header's values, boxed.
#[derive(Clone, Debug, PartialEq)]
pub struct Graft {
    /// The snapshot whose guard failures go to the bridge.
    pub snap: SnapId,
    /// The bridge's block.
    pub block: BlockId,
    /// The values passed (boxed) for the block's parameters.
    pub args: Vec<Var>,
}

impl Region {
    /// The block with id `b`.
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.index()]
    }

    /// One more than the highest value number used anywhere (the next free value).
    pub fn next_var(&self) -> Var {
        let mut n = 0u32;
        let mut see = |v: Var| n = n.max(v.0 + 1);
        for b in &self.blocks {
            b.params.iter().for_each(|&(v, _)| see(v));
            for i in &b.insts {
                if let Some(v) = i.result() {
                    see(v);
                }
            }
        }
        for i in &self.sunk {
            if let Some(v) = i.result() {
                see(v);
            }
        }
        Var(n)
    }

    /// Every instruction in block order, with its block.
    pub fn insts(&self) -> impl Iterator<Item = (BlockId, &Inst)> {
        self.blocks
            .iter()
            .enumerate()
            .flat_map(|(b, blk)| blk.insts.iter().map(move |i| (BlockId(b as u32), i)))
    }

    /// The number of instructions (not counting terminators and sunk allocations).
    pub fn inst_count(&self) -> usize {
        self.blocks.iter().map(|b| b.insts.len()).sum()
    }
}

/// Replaces every use of a value (operands, jump arguments, returns, snapshots, sunk
/// allocations) through `map`.
pub fn rewrite_uses(region: &mut Region, map: &dyn Fn(Var) -> Var) {
    for b in &mut region.blocks {
        for i in &mut b.insts {
            i.args.iter_mut().for_each(|a| *a = map(*a));
        }
        match &mut b.term {
            Some(Term::Jump(_, args)) => args.iter_mut().for_each(|a| *a = map(*a)),
            Some(Term::Return(v)) => *v = map(*v),
            Some(Term::Exit(_)) | None => {}
        }
    }
    for s in &mut region.snaps {
        for f in &mut s.frames {
            f.slots.iter_mut().for_each(|(_, v)| *v = map(*v));
            f.stack.iter_mut().for_each(|v| *v = map(*v));
        }
    }
    for i in &mut region.sunk {
        i.args.iter_mut().for_each(|a| *a = map(*a));
    }
    for g in &mut region.grafts {
        g.args.iter_mut().for_each(|a| *a = map(*a));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_has_a_unique_name_and_consistent_signature() {
        let mut names = std::collections::HashSet::new();
        for &op in Opcode::ALL {
            let sig = op.sig();
            assert!(names.insert(sig.name), "duplicate name {}", sig.name);
            assert_eq!(Opcode::from_name(sig.name), Some(op));
            if sig.effect == Effect::Guard {
                assert!(sig.exits && sig.result.is_none(), "{} is a guard", sig.name);
            }
            if sig.effect == Effect::Call {
                assert!(sig.exits, "{} calls the interpreter, which may raise", sig.name);
            }
        }
        assert_eq!(Var(7).to_string(), "v7");
        assert_eq!(BlockId(2).to_string(), "block2");
        assert_eq!(SnapId(3).to_string(), "snap3");
        assert_eq!(KonstId(1).to_string(), "k1");
    }
}
