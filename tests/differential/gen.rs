//! The program generator of the differential test: a small structured model of Python
//! programs (expressions and statements as Rust enums), proptest strategies over it, and
//! a renderer to Python source text. Shrinking works on the model, so a failing program
//! shrinks by dropping statements and simplifying expressions.
//!
//! Every generated program is valid Python inside Kiln's subset and terminates by
//! construction: loops run over small literal ranges, recursion depth is bounded by a
//! literal, lists stop growing at a fixed length, and int variables are reduced after
//! every assignment so big ints stay small enough to print.

use proptest::prelude::*;
use std::fmt::Write as _;

/// Names of the int variables an expression may read in `main`'s environment.
const MAIN_INTS: &[&str] = &["a", "b", "c", "i", "j", "k"];
/// Names of the float variables of `main`'s environment.
const MAIN_FLOATS: &[&str] = &["x", "y"];
/// Loop variables by loop depth (`for`); `while` loops use `w<depth>` counters.
const LOOP_VARS: &[&str] = &["i", "j", "k", "i3", "i4"];
/// Bound of the int variables: a value outside `(-BOUND, BOUND)` is reduced modulo a prime.
const CLAMP: &str = "if {v} > 2**130 or {v} < -2**130: {v} = {v} % 1000000007 - 500000000";

/// An int literal: small, or close to one of the representation boundaries.
#[derive(Clone, Debug)]
pub struct IntLit {
    base: u8,
    delta: i8,
    neg: bool,
    pow_form: bool,
}

impl IntLit {
    fn render(&self) -> String {
        let exp = [0u32, 31, 47, 48, 62, 63, 64, 80, 100][self.base as usize % 9];
        let text = if exp == 0 {
            format!("{}", self.delta)
        } else if self.pow_form {
            match self.delta {
                0 => format!("2**{exp}"),
                d if d > 0 => format!("(2**{exp} + {d})"),
                d => format!("(2**{exp} - {})", -(d as i32)),
            }
        } else {
            format!("{}", (1i128 << exp) + self.delta as i128)
        };
        if self.neg && text != "0" {
            format!("(-{text})")
        } else if text.starts_with('-') {
            format!("({text})")
        } else {
            text
        }
    }
}

fn int_lit() -> impl Strategy<Value = IntLit> {
    prop_oneof![
        3 => (-9i8..=20).prop_map(|d| IntLit { base: 0, delta: d, neg: false, pow_form: false }),
        2 => (1u8..9, -3i8..=3, any::<bool>(), any::<bool>())
            .prop_map(|(base, delta, neg, pow_form)| IntLit { base, delta, neg, pow_form }),
    ]
}

/// A float literal, including the special values.
#[derive(Clone, Debug)]
pub struct FloatLit(u8);

const FLOAT_LITS: &[&str] = &[
    "1.5",
    "0.0",
    "-0.0",
    "-2.5",
    "0.1",
    "3.0",
    "1e308",
    "-1e308",
    "5e-324",
    "float('inf')",
    "float('-inf')",
    "float('nan')",
    "2.0**53",
    "140737488355328.0",
    "9.223372036854776e18",
    "-7.25",
    "1e16",
];

impl FloatLit {
    fn render(&self) -> String {
        let t = FLOAT_LITS[self.0 as usize % FLOAT_LITS.len()];
        if t.starts_with('-') || t.contains("**") {
            format!("({t})")
        } else {
            t.to_string()
        }
    }
}

fn float_lit() -> impl Strategy<Value = FloatLit> {
    (0u8..FLOAT_LITS.len() as u8).prop_map(FloatLit)
}

#[derive(Clone, Copy, Debug)]
pub enum IOp {
    Add,
    Sub,
    And,
    Or,
    Xor,
    FloorDiv,
    Mod,
}

/// An expression whose value is always an int.
#[derive(Clone, Debug)]
pub enum IntE {
    Lit(IntLit),
    Var(u8),
    Bin(IOp, Box<IntE>, Box<IntE>),
    MulLit(Box<IntE>, IntLit),
    Shift(bool, Box<IntE>, u8),
    Neg(Box<IntE>),
    Abs(Box<IntE>),
    OfFloat(bool, Box<FltE>),
    Cond(Box<CmpE>, Box<IntE>, Box<IntE>),
    ListLen,
    ListGet(Box<IntE>),
    DictGet(Box<IntE>),
    Call(u8, Box<IntE>, Option<Box<IntE>>, Option<Box<IntE>>),
    Global(Box<IntE>),
    Rec(Box<IntE>),
    Method(u8, Box<IntE>),
    Counter(Box<IntE>),
    Risky(Box<IntE>, i8),
}

#[derive(Clone, Copy, Debug)]
pub enum FOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Min,
    Max,
}

/// An expression whose value is always a float.
#[derive(Clone, Debug)]
pub enum FltE {
    Lit(FloatLit),
    Var(u8),
    Bin(FOp, Box<FltE>, Box<FltE>),
    MixInt(FOp, Box<FltE>, Box<IntE>),
    IntDiv(Box<IntE>, Box<IntE>),
    OfInt(Box<IntE>),
    Neg(Box<FltE>),
    Abs(Box<FltE>),
}

/// A boolean condition.
#[derive(Clone, Debug)]
pub enum CmpE {
    Int(u8, IntE, IntE),
    Flt(u8, FltE, FltE),
    Mixed(u8, IntE, FltE),
    Chain(IntE, IntE, IntE),
    Not(Box<CmpE>),
    And(Box<CmpE>, Box<CmpE>),
    Or(Box<CmpE>, Box<CmpE>),
}

const CMP_OPS: &[&str] = &["<", "<=", "==", "!=", ">", ">="];

/// What an expression may refer to where it is rendered.
pub struct Env<'a> {
    ints: &'a [&'a str],
    floats: &'a [&'a str],
    /// Whether helper functions, methods and the rest of the prelude may be called.
    calls: bool,
}

const MAIN_ENV: Env<'static> = Env { ints: MAIN_INTS, floats: MAIN_FLOATS, calls: true };

fn int_leaf() -> BoxedStrategy<IntE> {
    prop_oneof![int_lit().prop_map(IntE::Lit), (0u8..12).prop_map(IntE::Var)].boxed()
}

fn float_leaf() -> BoxedStrategy<FltE> {
    prop_oneof![float_lit().prop_map(FltE::Lit), (0u8..4).prop_map(FltE::Var)].boxed()
}

fn iop() -> impl Strategy<Value = IOp> {
    prop_oneof![
        Just(IOp::Add),
        Just(IOp::Sub),
        Just(IOp::FloorDiv),
        Just(IOp::Mod),
        Just(IOp::And),
        Just(IOp::Or),
        Just(IOp::Xor)
    ]
}

fn fop() -> impl Strategy<Value = FOp> {
    prop_oneof![
        Just(FOp::Add),
        Just(FOp::Sub),
        Just(FOp::Mul),
        Just(FOp::Div),
        Just(FOp::FloorDiv),
        Just(FOp::Mod),
        Just(FOp::Min),
        Just(FOp::Max)
    ]
}

/// Float expressions; their int operands are leaves or simple int expressions.
pub fn flt_expr() -> BoxedStrategy<FltE> {
    let small_int = prop_oneof![
        int_leaf(),
        (iop(), int_leaf(), int_leaf()).prop_map(|(o, l, r)| IntE::Bin(o, Box::new(l), Box::new(r))),
    ];
    float_leaf()
        .prop_recursive(3, 12, 2, move |inner| {
            prop_oneof![
                (fop(), inner.clone(), inner.clone()).prop_map(|(o, l, r)| FltE::Bin(
                    o,
                    Box::new(l),
                    Box::new(r)
                )),
                (fop(), inner.clone(), small_int.clone()).prop_map(|(o, l, r)| FltE::MixInt(
                    o,
                    Box::new(l),
                    Box::new(r)
                )),
                (small_int.clone(), small_int.clone())
                    .prop_map(|(l, r)| FltE::IntDiv(Box::new(l), Box::new(r))),
                small_int.clone().prop_map(|e| FltE::OfInt(Box::new(e))),
                inner.clone().prop_map(|e| FltE::Neg(Box::new(e))),
                inner.prop_map(|e| FltE::Abs(Box::new(e))),
            ]
        })
        .boxed()
}

/// Conditions over int expressions `ie` and float expressions.
fn cmp_expr(ie: BoxedStrategy<IntE>) -> BoxedStrategy<CmpE> {
    let fe = flt_expr();
    let base = prop_oneof![
        4 => (0u8..6, ie.clone(), ie.clone()).prop_map(|(o, l, r)| CmpE::Int(o, l, r)),
        2 => (0u8..6, fe.clone(), fe.clone()).prop_map(|(o, l, r)| CmpE::Flt(o, l, r)),
        2 => (0u8..6, ie.clone(), fe).prop_map(|(o, l, r)| CmpE::Mixed(o, l, r)),
        1 => (ie.clone(), ie.clone(), ie).prop_map(|(a, b, c)| CmpE::Chain(a, b, c)),
    ];
    base.prop_recursive(2, 4, 2, |inner| {
        prop_oneof![
            inner.clone().prop_map(|c| CmpE::Not(Box::new(c))),
            (inner.clone(), inner.clone()).prop_map(|(l, r)| CmpE::And(Box::new(l), Box::new(r))),
            (inner.clone(), inner).prop_map(|(l, r)| CmpE::Or(Box::new(l), Box::new(r))),
        ]
    })
    .boxed()
}

/// Int expressions without conditions (used inside conditions and function bodies).
fn int_expr_plain() -> BoxedStrategy<IntE> {
    int_leaf()
        .prop_recursive(3, 10, 2, |inner| {
            prop_oneof![
                3 => (iop(), inner.clone(), inner.clone())
                    .prop_map(|(o, l, r)| IntE::Bin(o, Box::new(l), Box::new(r))),
                1 => (inner.clone(), int_lit()).prop_map(|(e, l)| IntE::MulLit(Box::new(e), l)),
                1 => (any::<bool>(), inner.clone(), 0u8..70)
                    .prop_map(|(left, e, n)| IntE::Shift(left, Box::new(e), n)),
                1 => inner.clone().prop_map(|e| IntE::Neg(Box::new(e))),
                1 => inner.prop_map(|e| IntE::Abs(Box::new(e))),
            ]
        })
        .boxed()
}

/// Int expressions for `main`: arithmetic, conditions, containers and every kind of call.
pub fn int_expr() -> BoxedStrategy<IntE> {
    let plain = int_expr_plain();
    let cond = cmp_expr(plain.clone());
    let b = |e: IntE| Box::new(e);
    prop_oneof![
        6 => plain.clone(),
        1 => (cond, plain.clone(), plain.clone()).prop_map(move |(c, l, r)| IntE::Cond(Box::new(c), b(l), b(r))),
        1 => (any::<bool>(), flt_expr()).prop_map(|(r, f)| IntE::OfFloat(r, Box::new(f))),
        1 => Just(IntE::ListLen),
        1 => plain.clone().prop_map(|e| IntE::ListGet(Box::new(e))),
        1 => plain.clone().prop_map(|e| IntE::DictGet(Box::new(e))),
        2 => (0u8..3, plain.clone(), proptest::option::of(plain.clone()), proptest::option::of(plain.clone()))
            .prop_map(|(f, p, q, r)| IntE::Call(f, Box::new(p), q.map(Box::new), r.map(Box::new))),
        1 => plain.clone().prop_map(|e| IntE::Global(Box::new(e))),
        1 => plain.clone().prop_map(|e| IntE::Rec(Box::new(e))),
        1 => (0u8..8, plain.clone()).prop_map(|(o, e)| IntE::Method(o, Box::new(e))),
        1 => plain.clone().prop_map(|e| IntE::Counter(Box::new(e))),
        1 => (plain, -3i8..40).prop_map(|(e, lim)| IntE::Risky(Box::new(e), lim)),
    ]
    .boxed()
}

fn render_iop(op: IOp) -> &'static str {
    match op {
        IOp::Add => "+",
        IOp::Sub => "-",
        IOp::And => "&",
        IOp::Or => "|",
        IOp::Xor => "^",
        IOp::FloorDiv => "//",
        IOp::Mod => "%",
    }
}

impl IntE {
    pub fn render(&self, env: &Env) -> String {
        let r = |e: &IntE| e.render(env);
        match self {
            IntE::Lit(l) => l.render(),
            IntE::Var(n) => env.ints[*n as usize % env.ints.len()].to_string(),
            IntE::Bin(op @ (IOp::FloorDiv | IOp::Mod), l, rr) => {
                // Guard the divisor against zero in one of two styles.
                let d = r(rr);
                if matches!(op, IOp::FloorDiv) {
                    format!("({} // ({d} or 1))", r(l))
                } else {
                    format!("({} % ({d} if {d} != 0 else 7))", r(l))
                }
            }
            IntE::Bin(op, l, rr) => format!("({} {} {})", r(l), render_iop(*op), r(rr)),
            IntE::MulLit(e, l) => format!("({} * {})", r(e), l.render()),
            IntE::Shift(true, e, n) => format!("({} << {n})", r(e)),
            IntE::Shift(false, e, n) => format!("({} >> {n})", r(e)),
            IntE::Neg(e) => format!("(-{})", r(e)),
            IntE::Abs(e) => format!("abs({})", r(e)),
            IntE::OfFloat(round, f) => {
                format!("{}({})", if *round { "round" } else { "int" }, f.render(env))
            }
            IntE::Cond(c, l, rr) => format!("({} if {} else {})", r(l), c.render(env), r(rr)),
            _ if !env.calls => "1".to_string(),
            IntE::ListLen => "len(L)".to_string(),
            IntE::ListGet(e) => format!("(L[{} % len(L)] if L else 0)", r(e)),
            IntE::DictGet(e) => format!("D.get({} % 7, -1)", r(e)),
            IntE::Call(f, p, q, rk) => {
                let mut args = r(p);
                if let Some(q) = q {
                    let _ = write!(args, ", {}", r(q));
                }
                if let Some(rk) = rk {
                    let _ = write!(args, ", r={}", r(rk));
                }
                if *f == 2 && q.is_some() && rk.is_none() {
                    // Keywords out of order.
                    args = format!("q={}, p={}", r(q.as_ref().unwrap()), r(p));
                }
                format!("h{f}({args})")
            }
            IntE::Global(e) => format!("g({})", r(e)),
            IntE::Rec(e) => format!("rec({} % 9)", r(e)),
            IntE::Method(o, e) => format!("objs[{o} % len(objs)].m({})", r(e)),
            IntE::Counter(e) => format!("cnt({})", r(e)),
            IntE::Risky(e, lim) => format!("outer({}, {lim})", r(e)),
        }
    }
}

impl FltE {
    pub fn render(&self, env: &Env) -> String {
        let guard = |d: String| format!("({d} or 1.0)");
        let bin = |op: FOp, l: String, r: String| match op {
            FOp::Add => format!("({l} + {r})"),
            FOp::Sub => format!("({l} - {r})"),
            FOp::Mul => format!("({l} * {r})"),
            FOp::Div => format!("({l} / {})", guard(r)),
            FOp::FloorDiv => format!("({l} // {})", guard(r)),
            FOp::Mod => format!("({l} % {})", guard(r)),
            FOp::Min => format!("min({l}, {r})"),
            FOp::Max => format!("max({l}, {r})"),
        };
        match self {
            FltE::Lit(l) => l.render(),
            FltE::Var(n) => env.floats[*n as usize % env.floats.len()].to_string(),
            FltE::Bin(op, l, r) => bin(*op, l.render(env), r.render(env)),
            // `min`/`max` of an int and a float may return the int: keep it a float.
            FltE::MixInt(op @ (FOp::Min | FOp::Max), l, r) => {
                format!("float({})", bin(*op, l.render(env), r.render(env)))
            }
            FltE::MixInt(op, l, r) => bin(*op, l.render(env), r.render(env)),
            FltE::IntDiv(l, r) => format!("({} / ({} or 3))", l.render(env), r.render(env)),
            FltE::OfInt(e) => format!("float({})", e.render(env)),
            FltE::Neg(e) => format!("(-{})", e.render(env)),
            FltE::Abs(e) => format!("abs({})", e.render(env)),
        }
    }
}

impl CmpE {
    pub fn render(&self, env: &Env) -> String {
        let op = |o: &u8| CMP_OPS[*o as usize % CMP_OPS.len()];
        match self {
            CmpE::Int(o, l, r) => format!("{} {} {}", l.render(env), op(o), r.render(env)),
            CmpE::Flt(o, l, r) => format!("{} {} {}", l.render(env), op(o), r.render(env)),
            CmpE::Mixed(o, l, r) => format!("{} {} {}", l.render(env), op(o), r.render(env)),
            CmpE::Chain(a, b, c) => {
                format!("{} <= {} < {}", a.render(env), b.render(env), c.render(env))
            }
            CmpE::Not(c) => format!("not ({})", c.render(env)),
            CmpE::And(l, r) => format!("({}) and ({})", l.render(env), r.render(env)),
            CmpE::Or(l, r) => format!("({}) or ({})", l.render(env), r.render(env)),
        }
    }
}

/// Updates of the polymorphic variable `t`, whose type changes while loops run.
#[derive(Clone, Debug)]
pub enum PolyOp {
    SetInt(IntE),
    SetFloat(FltE),
    ToStr,
    ToFloat,
    Double,
    Triple,
}

/// A statement of the program model.
#[derive(Clone, Debug)]
pub enum Stmt {
    AssignInt(u8, IntE),
    AugInt(u8, IOp, IntE),
    AssignFloat(u8, FltE),
    Poly(PolyOp),
    /// `if <loop var> == n: t = str(t)` style late type change.
    PolyAt(u8, PolyOp),
    Append(IntE),
    Pop,
    SetIndex(IntE, IntE),
    DictSet(IntE, IntE),
    DictDel(IntE),
    Slice(i8, i8, i8),
    TupleSwap,
    /// Iterates over `L` while appending to it (bounded by the length cap).
    ListWalk(IntE),
    /// Iterates over a copy of `D`'s keys while updating and deleting entries.
    DictWalk(IntE),
    PolyCall(IntE),
    SetAttr(u8, IntE),
    ReadAttrs,
    Rebind(u8, u8),
    GenPartial(IntE, u8),
    GenZip(IntE, u8),
    FinRet(u8, u8),
    Raise(CmpE),
    Print,
    Break(CmpE),
    Continue(CmpE),
    If(CmpE, Vec<Stmt>, Vec<Stmt>),
    For {
        n: u8,
        body: Vec<Stmt>,
        els: Option<Vec<Stmt>>,
        guard: bool,
    },
    While {
        n: u8,
        body: Vec<Stmt>,
        guard: bool,
    },
    TryFinally(Vec<Stmt>, Vec<Stmt>),
}

fn poly_op() -> impl Strategy<Value = PolyOp> {
    prop_oneof![
        int_expr_plain().prop_map(PolyOp::SetInt),
        flt_expr().prop_map(PolyOp::SetFloat),
        Just(PolyOp::ToStr),
        Just(PolyOp::ToFloat),
        Just(PolyOp::Double),
        Just(PolyOp::Triple),
    ]
}

fn simple_stmt() -> BoxedStrategy<Stmt> {
    let ie = int_expr();
    let cond = cmp_expr(int_expr_plain());
    prop_oneof![
        6 => (0u8..3, ie.clone()).prop_map(|(v, e)| Stmt::AssignInt(v, e)),
        3 => (0u8..3, iop(), ie.clone()).prop_map(|(v, o, e)| Stmt::AugInt(v, o, e)),
        4 => (0u8..2, flt_expr()).prop_map(|(v, e)| Stmt::AssignFloat(v, e)),
        2 => poly_op().prop_map(Stmt::Poly),
        2 => (0u8..6, poly_op()).prop_map(|(n, p)| Stmt::PolyAt(n, p)),
        2 => ie.clone().prop_map(Stmt::Append),
        1 => Just(Stmt::Pop),
        1 => (ie.clone(), ie.clone()).prop_map(|(i, e)| Stmt::SetIndex(i, e)),
        1 => (ie.clone(), ie.clone()).prop_map(|(k, e)| Stmt::DictSet(k, e)),
        1 => ie.clone().prop_map(Stmt::DictDel),
        1 => (-4i8..5, -4i8..5, prop_oneof![Just(1i8), Just(2), Just(-1), Just(-2)])
            .prop_map(|(a, b, s)| Stmt::Slice(a, b, s)),
        1 => Just(Stmt::TupleSwap),
        1 => ie.clone().prop_map(Stmt::ListWalk),
        1 => ie.clone().prop_map(Stmt::DictWalk),
        2 => ie.clone().prop_map(Stmt::PolyCall),
        1 => (0u8..8, ie.clone()).prop_map(|(o, e)| Stmt::SetAttr(o, e)),
        1 => Just(Stmt::ReadAttrs),
        1 => (0u8..5, 0u8..3).prop_map(|(n, f)| Stmt::Rebind(n, f)),
        1 => (ie.clone(), 0u8..4).prop_map(|(e, n)| Stmt::GenPartial(e, n)),
        1 => (ie, 0u8..5).prop_map(|(e, n)| Stmt::GenZip(e, n)),
        1 => (0u8..6, 0u8..6).prop_map(|(n, at)| Stmt::FinRet(n, at)),
        1 => cond.clone().prop_map(Stmt::Raise),
        1 => Just(Stmt::Print),
        1 => cond.clone().prop_map(Stmt::Break),
        1 => cond.prop_map(Stmt::Continue),
    ]
    .boxed()
}

/// Statements, nested at most three compound statements deep.
pub fn stmt() -> BoxedStrategy<Stmt> {
    simple_stmt()
        .prop_recursive(3, 24, 4, |inner| {
            let body = proptest::collection::vec(inner, 1..5);
            let cond = cmp_expr(int_expr_plain());
            prop_oneof![
                3 => (1u8..8, body.clone(), proptest::option::of(body.clone()), proptest::bool::weighted(0.75))
                    .prop_map(|(n, body, els, guard)| Stmt::For { n, body, els, guard }),
                2 => (1u8..8, body.clone(), proptest::bool::weighted(0.75))
                    .prop_map(|(n, body, guard)| Stmt::While { n, body, guard }),
                2 => (cond, body.clone(), proptest::collection::vec(simple_stmt(), 0..3))
                    .prop_map(|(c, t, e)| Stmt::If(c, t, e)),
                1 => (body, proptest::collection::vec(simple_stmt(), 1..3))
                    .prop_map(|(b, f)| Stmt::TryFinally(b, f)),
            ]
        })
        .boxed()
}

/// A class of the prelude: its method `m(self, n)` and the order its attributes are set.
#[derive(Clone, Debug)]
pub struct ClassDef {
    method: IntE,
    /// Whether `__init__` sets `w` before `v` (a different shape).
    w_first: bool,
    /// Whether the class overrides the method of the first class (a subclass) or is unrelated.
    subclass: bool,
    /// Whether an overriding method also calls `super().m(n)`.
    calls_super: bool,
}

/// A whole program.
#[derive(Clone, Debug)]
pub struct Program {
    helpers: Vec<(IntE, IntLit, IntLit)>,
    classes: Vec<ClassDef>,
    objs: Vec<(u8, IntLit)>,
    init_ints: Vec<IntLit>,
    init_floats: Vec<FloatLit>,
    in_function: bool,
    body: Vec<Stmt>,
}

pub fn program() -> impl Strategy<Value = Program> {
    let helper = (int_expr_plain(), int_lit(), int_lit());
    let class = (int_expr_plain(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(method, w_first, subclass, calls_super)| ClassDef { method, w_first, subclass, calls_super },
    );
    (
        proptest::collection::vec(helper, 3),
        proptest::collection::vec(class, 3),
        proptest::collection::vec((0u8..3, int_lit()), 1..5),
        proptest::collection::vec(int_lit(), 3),
        proptest::collection::vec(float_lit(), 2),
        proptest::bool::weighted(0.7),
        proptest::collection::vec(stmt(), 1..7),
    )
        .prop_map(|(helpers, classes, objs, init_ints, init_floats, in_function, body)| Program {
            helpers,
            classes,
            objs,
            init_ints,
            init_floats,
            in_function,
            body,
        })
}

/// Where a statement is rendered.
#[derive(Clone, Copy)]
struct Ctx {
    indent: usize,
    /// Number of enclosing loops.
    loops: usize,
    /// The variable of the innermost loop (`"0"` outside loops).
    loop_var: &'static str,
}

const WHILE_VARS: &[&str] = &["w0", "w1", "w2", "w3", "w4"];

fn line(out: &mut String, indent: usize, text: &str) {
    for _ in 0..indent {
        out.push_str("    ");
    }
    out.push_str(text);
    out.push('\n');
}

fn clamp(out: &mut String, indent: usize, var: &str) {
    line(out, indent, &CLAMP.replace("{v}", var));
}

const STATE: &str = "a, b, c, x, y, repr(t)";

impl PolyOp {
    fn render(&self) -> String {
        match self {
            PolyOp::SetInt(e) => format!("t = {}", e.render(&MAIN_ENV)),
            PolyOp::SetFloat(e) => format!("t = {}", e.render(&MAIN_ENV)),
            PolyOp::ToStr => "t = str(t)".to_string(),
            PolyOp::ToFloat => "t = float(t) if not isinstance(t, str) or len(t) < 6 else t".to_string(),
            PolyOp::Double => "t = t + t".to_string(),
            PolyOp::Triple => "t = t * 3".to_string(),
        }
    }
}

fn render_poly(out: &mut String, indent: usize, op: &PolyOp) {
    line(out, indent, &op.render());
    line(
        out,
        indent,
        "t = t[-12:] if isinstance(t, str) else (t % 1000003 if isinstance(t, int) and abs(t) > 2**130 else t)",
    );
}

fn render_block(out: &mut String, stmts: &[Stmt], ctx: Ctx) {
    if stmts.is_empty() {
        line(out, ctx.indent, "pass");
    }
    for s in stmts {
        render_stmt(out, s, ctx);
    }
}

/// The body of a loop: the statements, optionally inside a `try` that reports the usual
/// arithmetic and lookup errors, then a line with the state of every variable.
fn render_loop_body(out: &mut String, body: &[Stmt], guard: bool, ctx: Ctx) {
    let inner = Ctx { indent: ctx.indent + if guard { 1 } else { 0 }, ..ctx };
    if guard {
        line(out, ctx.indent, "try:");
    }
    render_block(out, body, inner);
    if guard {
        line(out, ctx.indent, "except (ArithmeticError, ValueError, TypeError, IndexError, KeyError) as e:");
        line(out, ctx.indent + 1, "print('caught', type(e).__name__, e)");
    }
    line(out, ctx.indent, &format!("print('it', {}, {STATE})", ctx.loop_var));
}

fn render_stmt(out: &mut String, s: &Stmt, ctx: Ctx) {
    let ind = ctx.indent;
    let env = &MAIN_ENV;
    let ivar = |v: &u8| MAIN_INTS[*v as usize % 3];
    match s {
        Stmt::AssignInt(v, e) => {
            line(out, ind, &format!("{} = {}", ivar(v), e.render(env)));
            clamp(out, ind, ivar(v));
        }
        Stmt::AugInt(v, op, e) => {
            let rhs = e.render(env);
            let text = match op {
                IOp::FloorDiv => format!("{} //= ({rhs} or 1)", ivar(v)),
                IOp::Mod => format!("{} %= ({rhs} or 5)", ivar(v)),
                op => format!("{} {}= {rhs}", ivar(v), render_iop(*op)),
            };
            line(out, ind, &text);
            clamp(out, ind, ivar(v));
        }
        Stmt::AssignFloat(v, e) => {
            line(out, ind, &format!("{} = {}", MAIN_FLOATS[*v as usize % 2], e.render(env)))
        }
        Stmt::Poly(op) => render_poly(out, ind, op),
        Stmt::PolyAt(n, op) => {
            line(out, ind, &format!("if {} == {n}:", ctx.loop_var));
            render_poly(out, ind + 1, op);
        }
        Stmt::Append(e) => line(out, ind, &format!("if len(L) < 24: L.append({})", e.render(env))),
        Stmt::Pop => {
            line(out, ind, "if L:");
            line(out, ind + 1, "a = L.pop() + len(L)");
            clamp(out, ind + 1, "a");
        }
        Stmt::SetIndex(i, e) => {
            line(out, ind, &format!("if L: L[{} % len(L)] = {}", i.render(env), e.render(env)))
        }
        Stmt::DictSet(k, e) => line(out, ind, &format!("D[{} % 7] = {}", k.render(env), e.render(env))),
        Stmt::DictDel(k) => {
            line(out, ind, &format!("kk = {} % 7", k.render(env)));
            line(out, ind, "if kk in D: del D[kk]");
        }
        Stmt::Slice(lo, hi, step) => {
            line(out, ind, &format!("T = tuple(L[{lo}:{hi}:{step}])"));
            line(out, ind, "print('slice', T, T[1:], len(T), L[::-1][:3])");
            line(out, ind, "c = c + sum(T) % 1000 if T else c - 1");
            clamp(out, ind, "c");
        }
        Stmt::TupleSwap => {
            line(out, ind, "p = (a, b, x)");
            line(out, ind, "b, a, x2 = p");
            line(out, ind, "y = y if x2 != x2 else x2");
        }
        Stmt::ListWalk(e) => {
            line(out, ind, "for v in L:");
            line(out, ind + 1, &format!("if len(L) < 24 and v % 3 == 0: L.append(v + {})", e.render(env)));
            line(out, ind + 1, "b = b + v");
            clamp(out, ind + 1, "b");
        }
        Stmt::DictWalk(e) => {
            line(out, ind, "for kk in list(D):");
            line(out, ind + 1, &format!("if (D[kk] + {}) % 2 == 0: del D[kk]", e.render(env)));
            line(out, ind + 1, "else: D[(kk + 1) % 7] = D.get(kk, 0) - 1");
        }
        Stmt::PolyCall(e) => {
            line(out, ind, "for o in objs:");
            line(out, ind + 1, &format!("b = b + o.m({})", e.render(env)));
            clamp(out, ind + 1, "b");
        }
        Stmt::SetAttr(o, e) => line(out, ind, &format!("objs[{o} % len(objs)].z = {}", e.render(env))),
        Stmt::ReadAttrs => {
            line(out, ind, "for o in objs:");
            line(out, ind + 1, "print('attrs', o.v, o.w, getattr(o, 'z', None))");
        }
        Stmt::Rebind(n, f) => {
            line(out, ind, &format!("if {} == {n}: g = h{f}", ctx.loop_var));
        }
        Stmt::GenPartial(e, n) => {
            line(out, ind, &format!("gg = gen({}, {})", e.render(env), n + 1));
            line(out, ind, "a = a + next(gg) - next(gg, 5)");
            clamp(out, ind, "a");
        }
        Stmt::GenZip(e, n) => {
            line(out, ind, &format!("for p, q in zip(gen({}, 6), range({n})):", e.render(env)));
            line(out, ind + 1, "c = c + p - q");
            clamp(out, ind + 1, "c");
        }
        Stmt::FinRet(n, at) => {
            line(out, ind, &format!("c = c + fin_ret({n}, {at})"));
            clamp(out, ind, "c");
        }
        Stmt::Raise(_) if ctx.loops == 0 => line(out, ind, "pass"),
        Stmt::Raise(cond) => {
            line(out, ind, &format!("if {}:", cond.render(env)));
            line(out, ind + 1, "raise ValueError(repr(a))");
        }
        Stmt::Print => line(out, ind, &format!("print('p', {STATE}, L, D, i, j, k)")),
        Stmt::Break(cond) | Stmt::Continue(cond) => {
            if ctx.loops > 0 {
                let kw = if matches!(s, Stmt::Break(_)) { "break" } else { "continue" };
                line(out, ind, &format!("if {}: {kw}", cond.render(env)));
            } else {
                line(out, ind, "pass");
            }
        }
        Stmt::If(cond, then, els) => {
            line(out, ind, &format!("if {}:", cond.render(env)));
            render_block(out, then, Ctx { indent: ind + 1, ..ctx });
            if !els.is_empty() {
                line(out, ind, "else:");
                render_block(out, els, Ctx { indent: ind + 1, ..ctx });
            }
        }
        Stmt::For { n, body, els, guard } => {
            let var = LOOP_VARS[ctx.loops.min(LOOP_VARS.len() - 1)];
            line(out, ind, &format!("for {var} in range({n}):"));
            let inner = Ctx { indent: ind + 1, loops: ctx.loops + 1, loop_var: var };
            render_loop_body(out, body, *guard, inner);
            if let Some(els) = els {
                line(out, ind, "else:");
                line(out, ind + 1, &format!("print('else', {var})"));
                render_block(out, els, Ctx { indent: ind + 1, ..ctx });
            }
        }
        Stmt::While { n, body, guard } => {
            let var = WHILE_VARS[ctx.loops.min(WHILE_VARS.len() - 1)];
            line(out, ind, &format!("{var} = 0"));
            line(out, ind, &format!("while {var} < {n}:"));
            line(out, ind + 1, &format!("{var} += 1"));
            let inner = Ctx { indent: ind + 1, loops: ctx.loops + 1, loop_var: var };
            render_loop_body(out, body, *guard, inner);
        }
        Stmt::TryFinally(body, fin) => {
            line(out, ind, "try:");
            render_block(out, body, Ctx { indent: ind + 1, ..ctx });
            line(out, ind, "finally:");
            line(out, ind + 1, &format!("print('finally', {}, a)", ctx.loop_var));
            render_block(out, fin, Ctx { indent: ind + 1, ..ctx });
        }
    }
}

const PARAMS: &[&str] = &["p", "q", "r"];
const METHOD_ENV: &[&str] = &["self.v", "n", "self.w"];

impl Program {
    pub fn render(&self) -> String {
        let mut out = String::new();
        let fenv = Env { ints: PARAMS, floats: &["1.5"], calls: false };
        let menv = Env { ints: METHOD_ENV, floats: &["0.5"], calls: false };
        for (n, (body, q, r)) in self.helpers.iter().enumerate() {
            line(&mut out, 0, &format!("def h{n}(p, q={}, *, r={}):", q.render(), r.render()));
            line(&mut out, 1, &format!("return {}", body.render(&fenv)));
            line(&mut out, 0, "");
        }
        out.push_str(PRELUDE);
        for (n, class) in self.classes.iter().enumerate() {
            let base = if class.subclass && n > 0 { "C0" } else { "object" };
            line(&mut out, 0, &format!("class C{n}({base}):"));
            line(&mut out, 1, "def __init__(self, v):");
            if class.w_first {
                line(&mut out, 2, &format!("self.w = {n}"));
                line(&mut out, 2, "self.v = v");
            } else {
                line(&mut out, 2, "self.v = v");
                line(&mut out, 2, &format!("self.w = {n}"));
            }
            line(&mut out, 1, "def m(self, n):");
            let sup = if class.subclass && n > 0 && class.calls_super { " - super().m(n)" } else { "" };
            line(&mut out, 2, &format!("return {}{sup}", class.method.render(&menv)));
            line(&mut out, 0, "");
        }
        let objs: Vec<String> =
            self.objs.iter().map(|(c, v)| format!("C{}({})", c % 3, v.render())).collect();
        let ind = if self.in_function { 1 } else { 0 };
        if self.in_function {
            line(&mut out, 0, "def main():");
            line(&mut out, 1, "global g");
        }
        let ints: Vec<String> = self.init_ints.iter().map(IntLit::render).collect();
        let floats: Vec<String> = self.init_floats.iter().map(FloatLit::render).collect();
        line(&mut out, ind, &format!("a, b, c = {}", ints.join(", ")));
        line(&mut out, ind, &format!("x, y = {}", floats.join(", ")));
        line(&mut out, ind, "t = 0");
        line(&mut out, ind, "i = j = k = i3 = i4 = 0");
        line(&mut out, ind, "L = [3, -1, 4]");
        line(&mut out, ind, "D = {0: 1, 3: -2}");
        line(&mut out, ind, "cnt = make_counter(a % 100)");
        line(&mut out, ind, &format!("objs = [{}]", objs.join(", ")));
        let ctx = Ctx { indent: ind, loops: 0, loop_var: "0" };
        render_block(&mut out, &self.body, ctx);
        line(&mut out, ind, &format!("print('end', {STATE}, L, D, i, j, k)"));
        if self.in_function {
            line(&mut out, 0, "");
            line(&mut out, 0, "main()");
        }
        out
    }
}

/// Fixed helpers every program may call.
const PRELUDE: &str = "\
g = h0

def rec(n):
    if n <= 1:
        return n
    return rec(n - 1) + rec(n - 2) % 5

def make_counter(start):
    n = start
    def inc(d):
        nonlocal n
        n += d % 1000
        return n
    return inc

def risky(n, lim):
    if n > lim:
        raise ValueError('too big: %d' % n)
    return n * 2

def outer(n, lim):
    return risky(n % 50, lim) + 1

def gen(n, steps):
    v = n % 1000
    for q in range(steps):
        yield v
        v = v * 2 - q

def fin_ret(n, at):
    total = 0
    for q in range(n):
        try:
            if q == at:
                return total + 100
            if q % 2 == 1:
                continue
            total += q
        finally:
            total += 1
    return total

";
