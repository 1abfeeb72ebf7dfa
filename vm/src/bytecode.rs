//! Kiln bytecode: the instruction set, code objects as the compiler emits them, constants.
//!
//! The machine is a stack machine over one contiguous value stack. A frame's slots are
//! `[locals (params first, then other locals, then cell vars) | free vars | operand stack]`,
//! addressed as `base + index`. Every instruction is one [`Op`] (8 bytes, operands inline);
//! jump targets are absolute instruction indices. Each instruction has a source line in
//! [`CodeUnit::lines`].
//!
//! Calling convention: a call site pushes the callable, then a "self" slot (either
//! [`Op::PushNull`] or the receiver pushed by [`Op::LoadMethod`]), then the arguments.
//! [`Op::Call`]`(n)` finds the callable at `top-n-2` and the self slot at `top-n-1`; when the
//! self slot is not null it is passed as the first argument, so arguments are always a
//! contiguous run of the stack and become the callee's first locals without copying.
//!
//! Exception handling uses a run-time block stack: [`Op::SetupExcept`] records the handler
//! pc and the current stack height; [`Op::PopBlock`] removes it. When an exception reaches a
//! frame with a block, the stack is cut to the recorded height, the exception is pushed, it
//! becomes the "exception being handled" (for bare `raise` and `__context__`) and execution
//! jumps to the handler. [`Op::PopExcept`] ends handling. `finally` bodies and `with` exits are
//! compiled inline on every normal exit path (fall-through, `break`, `continue`, `return`)
//! and once more in the exceptional handler, which ends with [`Op::Reraise`].

use std::fmt;

/// A binary operator, shared by [`Op::BinaryOp`] and [`Op::InplaceOp`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

impl BinOp {
    /// The operator's symbol as Python writes it (used in error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// The dunder method name (`__add__`), its reflected form (`__radd__`) and the in-place
    /// form (`__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// A comparison operator of [`Op::Compare`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl CmpOp {
    /// The operator's symbol as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// A unary operator of [`Op::Unary`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// [`Op::BuildClass`] operand bit: the class statement has keywords, in a dict on top of
/// the stack (`metaclass=` among them).
pub const CLASS_KEYWORDS: u32 = 1 << 16;

/// One instruction. Stack effects are written `before -> after`, top of stack on the right.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> local[i]`; raises `UnboundLocalError` if the slot is unbound.
    LoadFast(u32),
    /// `v ->`, stores into local slot i.
    StoreFast(u32),
    /// Unbinds local slot i (`UnboundLocalError` if already unbound).
    DeleteFast(u32),
    /// `-> cell.value` where local slot i holds a cell (cell var or free var). Raises
    /// `NameError: cannot access free variable ...` / `UnboundLocalError` when empty.
    LoadDeref(u32),
    /// `v ->`, stores into the cell held by slot i.
    StoreDeref(u32),
    /// Empties the cell held by slot i.
    DeleteDeref(u32),
    /// `-> cell` pushes the cell object itself held in slot i (to build a closure).
    LoadClosure(u32),
    /// `-> globals[names[i]]`, falling back to builtins; `NameError` if missing.
    /// The second operand indexes the code's inline cache table.
    LoadGlobal(u32, u32),
    /// `v ->` globals[names[i]] = v
    StoreGlobal(u32),
    /// del globals[names[i]]
    DeleteGlobal(u32),
    /// Class bodies: `-> ns[names[i]]` looking in the class namespace, then globals, then
    /// builtins.
    LoadName(u32),
    /// Class bodies: `v ->` ns[names[i]] = v.
    StoreName(u32),
    /// Class bodies: del ns[names[i]].
    DeleteName(u32),
    /// `obj -> obj.names[i]`; second operand: inline cache index.
    LoadAttr(u32, u32),
    /// `v obj ->` obj.names[i] = v; second operand: inline cache index.
    StoreAttr(u32, u32),
    /// `obj ->` del obj.names[i].
    DeleteAttr(u32),
    /// `obj -> method obj` when `names[i]` resolves to a plain function on the type (no
    /// bound-method allocation), otherwise `obj -> attr NULL`. Second operand: cache index.
    LoadMethod(u32, u32),
    /// `-> NULL` (the empty self slot of a call).
    PushNull,
    /// `callable self_or_null arg1..argn -> result`
    Call(u32),
    /// `callable self_or_null arg1..argn -> result` where the last `k` arguments are keyword
    /// arguments whose names are the tuple constant `consts[j]` (k = its length).
    CallKw(u32, u32),
    /// `callable self_or_null args_tuple -> result` (flag 0) or
    /// `callable self_or_null args_tuple kwargs_dict -> result` (flag 1).
    CallEx(u32),
    /// `container key -> container[key]`
    BinarySubscr,
    /// `v container key ->` container[key] = v
    StoreSubscr,
    /// `container key ->` del container[key]
    DeleteSubscr,
    /// `a b -> a op b`; second operand: inline cache index.
    BinaryOp(BinOp, u32),
    /// `a b -> a op= b` (tries `__iop__` first); second operand: inline cache index.
    InplaceOp(BinOp, u32),
    /// `a -> op a`
    Unary(UnaryOp),
    /// `a b -> a op b`
    Compare(CmpOp),
    /// `v ->`
    Pop,
    /// `it ->`: leaves a `for` loop over the result of a call early (`break`, `return`).
    /// Nothing else holds that iterator, so CPython would free it now: a suspended
    /// generator with pending `finally`/`with` blocks is closed.
    PopIter,
    /// `v -> v v`
    Dup,
    /// `a b -> a b a b`
    Dup2,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b` (top moves down two)
    Rot3,
    /// `a b c d -> d a b c` (top moves down three)
    Rot4,
    /// Unconditional jump.
    Jump(u32),
    /// `v ->`, jumps if `v` is falsy.
    PopJumpIfFalse(u32),
    /// `v ->`, jumps if `v` is truthy.
    PopJumpIfTrue(u32),
    /// `v -> v` and jumps if falsy, else `v ->` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jumps if truthy, else `v ->` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `iterator -> iterator next` or, when exhausted, `iterator ->` and jump to target.
    ForIter(u32),
    /// `v1..vn -> tuple`
    BuildTuple(u32),
    /// `v1..vn -> list`
    BuildList(u32),
    /// `v1..vn -> set`
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> dict`
    BuildMap(u32),
    /// `start stop -> slice` (n=2) or `start stop step -> slice` (n=3).
    BuildSlice(u32),
    /// `s1..sn -> s` concatenates n strings (f-strings).
    BuildString(u32),
    /// `v -> str` (flags bit0-1: conversion 0 none, 1 str, 2 repr, 3 ascii; bit2: a format
    /// spec string is on the stack above v: `v spec -> str`).
    FormatValue(u32),
    /// `list x1..xn v -> list x1..xn` with list.append(v); the list is at depth n+1.
    ListAppend(u32),
    /// `set x1..xn v -> set x1..xn` with set.add(v).
    SetAdd(u32),
    /// `dict x1..xn k v -> dict x1..xn` with dict[k] = v.
    MapAdd(u32),
    /// `list iterable -> list` extends the list.
    ListExtend,
    /// `set iterable -> set` updates the set.
    SetUpdate,
    /// `dict mapping -> dict` updates (for `{**m}`).
    DictUpdate,
    /// `dict mapping -> dict` merges for `f(**m)`: duplicate keys raise TypeError.
    DictMerge,
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> vn .. v1` (v1 on top) after checking the length is exactly n.
    UnpackSequence(u32),
    /// `seq -> v_last.. list v_before..` : operand (before, after) counts around a starred
    /// target; pushes in reverse so that stores happen left to right.
    UnpackEx(u32, u32),
    /// `code qualname [defaults] [kwdefaults] [closure] -> function`. Flag bits: 1 a
    /// defaults tuple is present, 2 a kw-defaults dict, 8 a closure tuple of cells.
    MakeFunction(u32),
    /// `v ->` returns v from the frame.
    Return,
    /// `v -> sent` suspends a generator frame, producing v; resumes with the sent value.
    Yield,
    /// `iterator sent -> iterator sent'` drives a `yield from`: sends `sent` into the
    /// iterator; on a yielded value y, pushes y and continues at the next instruction
    /// (which is a [`Op::Yield`] followed by a jump back); when the iterator finishes with
    /// value r, pops both and pushes r, then jumps to the target.
    Send(u32),
    /// Pushes a handler block: on an exception, cut the stack to its current height, push
    /// the exception and jump to the target.
    SetupExcept(u32),
    /// Pops the innermost handler block of this frame.
    PopBlock,
    /// Ends the handling of the current exception (restores the previous one).
    PopExcept,
    /// `exc type -> exc bool` tests `isinstance(exc, type)` (type may be a tuple).
    CheckExcMatch,
    /// 0: `->` re-raise the exception being handled (bare `raise`); 1: `exc ->` raise;
    /// 2: `exc cause ->` raise from.
    Raise(u32),
    /// `exc ->` raises exc again, keeping its traceback (end of a finally / handler chain).
    Reraise,
    /// `ctxmgr -> exit_bound enter_result` calls `__enter__`.
    WithEnter,
    /// `exit ->` calls `exit(None, None, None)` and discards the result.
    WithExitNormal,
    /// `exit exc -> ` calls `exit(type(exc), exc, None)`; if the result is truthy, pops both,
    /// ends handling and jumps to the target; otherwise re-raises exc.
    WithExitExc(u32),
    /// `-> AssertionError class`
    LoadAssertionError,
    /// `body_function name base1..basen [keywords] -> class` (n = operand without the
    /// [`CLASS_KEYWORDS`] bit, which says a dict of class keywords is on top) runs the
    /// class body with a fresh namespace and creates the class.
    BuildClass(u32),
    /// `-> module` imports built-in module names[i].
    ImportName(u32),
    /// `module -> module attr` for `from m import names[i]`.
    ImportFrom(u32),
    /// `v -> bool(v)` (used by `not` and tests that need a real bool).
    ToBool,
    /// A step of a `match` statement's pattern; the low three bits of the operand say
    /// which (`MATCH_*` in [`crate::matching`]), the rest is a count.
    Match(u32),
    /// Raises `NotImplementedError: <consts[i]>` at run time (used for constructs that are
    /// only detected at run time).
    NotImplemented(u32),
    /// `-> __class__ cell value` for zero-argument `super()`: pushes the class the function
    /// was defined in (stored on the function at class creation).
    LoadClassCell,

    // ----- Quickened forms. -----
    //
    // The compiler never emits these: `Vm::load_code` rewrites the first instruction of a
    // common pair into one of them. The second instruction stays in place (a jump may land
    // on it), and the quickened instruction reads its operands from there and skips it.
    /// `LoadFast(a)`, then the `LoadFast` that follows.
    LoadFastLoadFast(u32),
    /// `LoadFast(a)`, then the `LoadConst` that follows.
    LoadFastLoadConst(u32),
    /// `LoadFast(a)`, then the `LoadAttr` that follows.
    LoadFastLoadAttr(u32),
    /// `Compare(op)`, then the `PopJumpIfFalse` that follows.
    CompareJumpIfFalse(CmpOp),
    /// `BinaryOp(op, _)` (or `InplaceOp` when the flag is 1), then the `StoreFast` that
    /// follows.
    BinaryOpStoreFast(BinOp, u32),
    /// `LoadGlobal(i, c)`, then the `PushNull` that follows.
    LoadGlobalPushNull(u32, u32),
    /// `LoadFast(a)`, then the `LoadMethod` that follows.
    LoadFastLoadMethod(u32),
    /// `LoadFast(a)`, then the `StoreAttr` that follows.
    LoadFastStoreAttr(u32),
    /// `StoreFast(a)`, then the `LoadFast` that follows.
    StoreFastLoadFast(u32),
    /// `LoadFast(a)`, `LoadFast(b)`, `BinarySubscr`: `a[b]`.
    LoadFastPairSubscr(u32),
    /// `LoadFast(a)`, `LoadFast(b)`, `StoreSubscr`: `a[b] = top`.
    LoadFastPairStoreSubscr(u32),
    /// `LoadFast(a)`, `LoadConst(c)`, `BinaryOp`/`InplaceOp`, `StoreFast(x)`: `x = a op c`.
    LoadFastConstOpStore(u32),
    /// `Dup`, then the `LoadAttr` that follows.
    DupLoadAttr,
    /// `Rot2`, then the `StoreAttr` that follows.
    Rot2StoreAttr,
}

impl Op {
    /// For a quickened instruction, the plain instruction it starts with (what the full
    /// dispatcher executes when the fused fast path does not apply); otherwise itself.
    pub fn first_of_pair(self) -> Op {
        match self {
            Op::LoadFastLoadFast(a)
            | Op::LoadFastLoadConst(a)
            | Op::LoadFastLoadAttr(a)
            | Op::LoadFastLoadMethod(a)
            | Op::LoadFastStoreAttr(a)
            | Op::LoadFastPairSubscr(a)
            | Op::LoadFastPairStoreSubscr(a)
            | Op::LoadFastConstOpStore(a) => Op::LoadFast(a),
            Op::StoreFastLoadFast(a) => Op::StoreFast(a),
            Op::DupLoadAttr => Op::Dup,
            Op::Rot2StoreAttr => Op::Rot2,
            Op::CompareJumpIfFalse(c) => Op::Compare(c),
            Op::BinaryOpStoreFast(b, 0) => Op::BinaryOp(b, 0),
            Op::BinaryOpStoreFast(b, _) => Op::InplaceOp(b, 0),
            Op::LoadGlobalPushNull(g, c) => Op::LoadGlobal(g, c),
            other => other,
        }
    }
}

/// Rewrites common instruction pairs into their quickened forms (see [`Op`]). Only the
/// first instruction of a pair changes, so jump targets and line numbers stay valid.
pub fn quicken(ops: &mut [Op]) {
    let orig = ops.to_vec();
    let at = |i: usize| orig.get(i).copied().unwrap_or(Op::Nop);
    for i in 0..ops.len().saturating_sub(1) {
        let next = ops[i + 1];
        // Longer patterns first.
        let long = match (at(i), at(i + 1), at(i + 2), at(i + 3)) {
            (Op::LoadFast(a), Op::LoadFast(_), Op::BinarySubscr, _) => Some(Op::LoadFastPairSubscr(a)),
            (Op::LoadFast(a), Op::LoadFast(_), Op::StoreSubscr, _) => Some(Op::LoadFastPairStoreSubscr(a)),
            (Op::LoadFast(a), Op::LoadConst(_), Op::BinaryOp(..) | Op::InplaceOp(..), Op::StoreFast(_)) => {
                Some(Op::LoadFastConstOpStore(a))
            }
            (Op::Dup, Op::LoadAttr(..), _, _) => Some(Op::DupLoadAttr),
            (Op::Rot2, Op::StoreAttr(..), _, _) => Some(Op::Rot2StoreAttr),
            _ => None,
        };
        if let Some(op) = long {
            ops[i] = op;
            continue;
        }
        ops[i] = match (ops[i], next) {
            (Op::LoadFast(a), Op::LoadFast(_)) => Op::LoadFastLoadFast(a),
            (Op::LoadFast(a), Op::LoadConst(_)) => Op::LoadFastLoadConst(a),
            (Op::LoadFast(a), Op::LoadAttr(..)) => Op::LoadFastLoadAttr(a),
            (Op::Compare(c), Op::PopJumpIfFalse(_)) if !matches!(c, CmpOp::In | CmpOp::NotIn) => {
                Op::CompareJumpIfFalse(c)
            }
            (Op::BinaryOp(b, _), Op::StoreFast(_)) => Op::BinaryOpStoreFast(b, 0),
            (Op::InplaceOp(b, _), Op::StoreFast(_)) => Op::BinaryOpStoreFast(b, 1),
            (Op::LoadGlobal(g, c), Op::PushNull) => Op::LoadGlobalPushNull(g, c),
            (Op::LoadFast(a), Op::LoadMethod(..)) => Op::LoadFastLoadMethod(a),
            (Op::LoadFast(a), Op::StoreAttr(..)) => Op::LoadFastStoreAttr(a),
            (Op::StoreFast(a), Op::LoadFast(_)) => Op::StoreFastLoadFast(a),
            (op, _) => op,
        };
    }
}

/// A constant produced by the compiler. The VM turns these into heap values when it loads
/// a code unit.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int given as decimal digits (may be larger than 64 bits).
    BigInt(String),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
    /// A tuple of constants (keyword names, default values).
    Tuple(Vec<Const>),
    /// The frozenset of a set display of constants, elements in source order (built at
    /// load time the way CPython's compiler builds it, so the display's order matches).
    FrozenSet(Vec<Const>),
    /// A nested code unit (function, lambda, comprehension, class body).
    Code(Box<CodeUnit>),
}

/// Flags of a code unit.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has a `*args` parameter (its slot follows the positional and keyword-only ones).
    pub varargs: bool,
    /// Has a `**kwargs` parameter (its slot follows `*args`'s, or the keyword-only ones).
    pub varkw: bool,
    /// Contains `yield`: calling it creates a generator.
    pub generator: bool,
    /// A class body (names resolve through LoadName/StoreName).
    pub class_body: bool,
    /// The module's top-level code.
    pub module: bool,
    /// Uses zero-argument `super()` or `__class__`.
    pub needs_class_cell: bool,
}

/// Where an instruction comes from, for the position markers of tracebacks (`~~^~~`):
/// the byte range of its expression (or statement) in the source file, and for a binary
/// operation or a subscript the offsets CPython's markers anchor on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// Byte offset of the first character.
    pub start: u32,
    /// Byte offset just past the last character.
    pub end: u32,
    /// What `a` and `b` are: [`Pos::PLAIN`], [`Pos::BINOP`] or [`Pos::SUBSCRIPT`].
    pub kind: u8,
    /// The left operand's end (a binary operation) or the value's end (a subscript).
    pub a: u32,
    /// The right operand's start (a binary operation) or the index's end (a subscript).
    pub b: u32,
}

impl Pos {
    /// A plain expression or statement: no anchors.
    pub const PLAIN: u8 = 0;
    /// A binary operation: markers anchor on its operator.
    pub const BINOP: u8 = 1;
    /// A subscript: markers anchor on its brackets.
    pub const SUBSCRIPT: u8 = 2;
}

/// A compiled code object, before it is loaded into the VM.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    /// Dotted qualified name (`Outer.method.<locals>.inner`).
    pub qualname: String,
    /// Source file name (the main script's absolute path, as CPython 3.11 has it).
    pub filename: String,
    /// Line of the `def`/`class`/module start.
    pub first_line: u32,
    /// The instructions.
    pub ops: Vec<Op>,
    /// Source line of each instruction (same length as `ops`).
    pub lines: Vec<u32>,
    /// Source position of each instruction (same length as `ops`).
    pub positions: Vec<Pos>,
    /// Constant pool.
    pub consts: Vec<Const>,
    /// Names used by global/attribute/name instructions.
    pub names: Vec<String>,
    /// Names of all local slots: parameters first (positional-only, positional,
    /// keyword-only, then `*args`, then `**kwargs`), then other locals and cell vars, then
    /// free vars.
    pub varnames: Vec<String>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Slots that hold cells created at frame entry (captured by inner functions). A
    /// parameter listed here has its argument moved into the new cell.
    pub cellvars: Vec<u32>,
    /// Number of free variables; they occupy the last `nfree` local slots and are filled
    /// from the function's closure at frame entry.
    pub nfree: u32,
    /// Number of inline cache entries used by instructions.
    pub ncaches: u32,
    /// Flags.
    pub flags: CodeFlags,
}

impl CodeUnit {
    /// Number of local slots (parameters, locals, cells and free vars).
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of parameter slots including `*args` and `**kwargs`.
    pub fn nparams(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.flags.varargs as usize
            + self.flags.varkw as usize
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}
