//! Code generation: code units, name resolution to instructions, labels, and statements.
//!
//! One [`Unit`] is open per scope being compiled (module, then nested functions, classes,
//! lambdas and comprehensions). Jumps are emitted with a label id as their operand and
//! patched to absolute instruction indices when the unit is finished. Every exit from a
//! `try`/`with`/loop/handler (`break`, `continue`, `return`) walks the compile-time frame
//! block stack ([`FBlock`]) and emits the cleanup code for each block it leaves, including
//! an inline copy of every `finally` body.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::scope::{NameScope, ScopeKind, SymbolTable, MAX_NESTING};
use super::{CompileError, LineIndex};
use crate::bytecode::{CodeFlags, CodeUnit, Const, Op, Pos};
use crate::dis::jump_target;

/// Result of compiling one construct.
pub(super) type R = Result<(), CompileError>;

/// CPython's limit on statically nested blocks.
const MAX_BLOCKS: usize = 20;

/// A jump target inside the current unit, bound to an instruction index later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Label(u32);

/// A compile-time frame block: what must be undone when control leaves it early.
#[derive(Clone, Debug)]
pub(super) enum FBlock<'a> {
    /// Body of a `while` loop.
    While { cont: Label, brk: Label },
    /// Body of a `for` loop: the iterator is on the stack (`close`: it is the result of
    /// a call, which nothing else references).
    For { cont: Label, brk: Label, close: bool },
    /// Body of a `try` with handlers: a `SetupExcept` block is active.
    TryExcept,
    /// Body of a `try` with `finally`: a `SetupExcept` block is active; the finally body
    /// must run on exit.
    Finally(&'a [Stmt]),
    /// The exceptional copy of a finally body: the exception is on the stack and being
    /// handled.
    FinallyEnd,
    /// An except handler's body: the exception is being handled; with `as name`, a cleanup
    /// `SetupExcept` block is active and the name must be unbound on exit.
    Handler { name: Option<&'a str>, cleanup: bool },
    /// Body of a `with`: a `SetupExcept` block is active, the exit callable is on the stack.
    With,
    /// A finally body inlined for a `return`: the return value is on the stack below.
    PopValue,
}

impl FBlock<'_> {
    fn is_loop(&self) -> bool {
        matches!(self, FBlock::While { .. } | FBlock::For { .. })
    }
}

/// Hashable identity of a constant, for deduplicating the constant pool (floats by bits so
/// that `0.0` and `-0.0` stay distinct).
#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(s) => ConstKey::BigInt(s.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?),
        Const::FrozenSet(_) | Const::Code(_) => return None,
    })
}

impl Compiler<'_> {
    /// The constant for a set display of the constants `items`: the elements of an equal
    /// frozenset constant made earlier in the module, if there is one.
    pub(super) fn frozenset_const(&mut self, items: Vec<Const>) -> Const {
        let keys = |v: &[Const]| -> Option<std::collections::HashSet<ConstKey>> {
            v.iter().map(const_key).collect()
        };
        if let Some(k) = keys(&items) {
            for prev in &self.frozensets {
                if keys(prev).as_ref() == Some(&k) {
                    return Const::FrozenSet(prev.clone());
                }
            }
        }
        self.frozensets.push(items.clone());
        Const::FrozenSet(items)
    }
}

/// Replaces the jump target of a jump instruction.
fn with_target(op: Op, t: u32) -> Op {
    match op {
        Op::Jump(_) => Op::Jump(t),
        Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
        Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
        Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
        Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
        Op::ForIter(_) => Op::ForIter(t),
        Op::Send(_) => Op::Send(t),
        Op::SetupExcept(_) => Op::SetupExcept(t),
        Op::WithExitExc(_) => Op::WithExitExc(t),
        other => other,
    }
}

/// A code unit under construction.
pub(super) struct Unit<'a> {
    /// The scope being compiled.
    pub scope: usize,
    /// The code unit being filled.
    pub code: CodeUnit,
    const_keys: HashMap<ConstKey, u32>,
    name_idx: HashMap<String, u32>,
    /// Slot of every local, cell and free variable.
    pub slots: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    patches: Vec<usize>,
    /// Frame blocks currently open.
    pub fblocks: Vec<FBlock<'a>>,
    /// Line given to emitted instructions.
    pub line: u32,
    /// Source position given to emitted instructions.
    pub pos: Pos,
}

/// How a name is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NameCtx {
    Load,
    Store,
    Del,
}

/// The code generator.
pub(super) struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub lines: &'a LineIndex<'a>,
    pub filename: &'a str,
    pub units: Vec<Unit<'a>>,
    pub depth: u32,
    /// The elements of the frozenset constants made so far: CPython's compiler shares one
    /// constant among equal frozensets of a module, so a later `{9, 1, 17}` takes the
    /// layout of an earlier `{1, 9, 17}`.
    pub frozensets: Vec<Vec<Const>>,
    /// `from __future__ import annotations`: class-body annotations are kept as their
    /// source text instead of being evaluated.
    pub future_annotations: bool,
    /// Code for `eval`/`exec`: the top level's names live in a namespace (`LoadName`,
    /// `StoreName`), as a class body's do.
    pub namespace_names: bool,
}

/// What a code unit's body is.
pub(super) enum Body<'a> {
    /// A `def`: statements.
    Stmts(&'a [Stmt]),
    /// A `lambda`: one expression whose value is returned.
    Lambda(&'a Expr),
}

/// Compiles a module whose symbol table has been built.
pub(super) fn compile<'a>(
    module: &'a ast::ModModule,
    table: &'a SymbolTable,
    lines: &'a LineIndex<'a>,
    filename: &'a str,
) -> Result<CodeUnit, CompileError> {
    let future_annotations = module.body.iter().any(|s| {
        matches!(s, Stmt::ImportFrom(imp)
            if imp.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                && imp.names.iter().any(|a| a.name.as_str() == "annotations"))
    });
    let mut c = Compiler {
        table,
        lines,
        filename,
        units: Vec::new(),
        depth: 0,
        frozensets: Vec::new(),
        future_annotations,
        namespace_names: false,
    };
    c.push_unit(0, "<module>".to_string(), "<module>".to_string(), 1);
    c.unit_mut().code.flags.module = true;
    if let Some(doc) = docstring(&module.body) {
        c.set_line(module.body[0].start());
        c.emit_const(Const::Str(doc));
        c.store_name("__doc__")?;
    }
    c.stmts(&module.body)?;
    c.emit_const(Const::None);
    c.emit(Op::Return);
    c.pop_unit()
}

/// Compiles source given to `eval` (`eval_expr`: a module of one expression statement,
/// whose value the code returns) or `exec`, with top-level names in a namespace
/// (`namespace_names`) or as globals.
pub(super) fn compile_namespace<'a>(
    module: &'a ast::ModModule,
    table: &'a SymbolTable,
    lines: &'a LineIndex<'a>,
    filename: &'a str,
    eval_expr: bool,
    namespace_names: bool,
) -> Result<CodeUnit, CompileError> {
    let mut c = Compiler {
        table,
        lines,
        filename,
        units: Vec::new(),
        depth: 0,
        frozensets: Vec::new(),
        future_annotations: false,
        namespace_names,
    };
    c.push_unit(0, "<module>".to_string(), "<module>".to_string(), 1);
    c.unit_mut().code.flags.module = true;
    match (eval_expr, module.body.as_slice()) {
        (true, [Stmt::Expr(e)]) => {
            c.set_line(e.start());
            c.expr(&e.value)?;
        }
        (true, _) => {
            let at = module.body.first().map_or(ruff_text_size::TextSize::default(), |s| s.start());
            return Err(c.syntax_error("invalid syntax", at));
        }
        (false, body) => {
            c.stmts(body)?;
            c.emit_const(Const::None);
        }
    }
    c.emit(Op::Return);
    c.pop_unit()
}

/// The docstring of a body, if its first statement is a string literal.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    // ----- errors --------------------------------------------------------------------

    pub(super) fn syntax_error(&self, msg: &str, at: TextSize) -> CompileError {
        CompileError::syntax(msg.to_string(), self.lines, at)
    }

    pub(super) fn unsupported(&self, what: &str, at: TextSize) -> CompileError {
        CompileError::unsupported(what, self.lines, at)
    }

    fn internal(&self, what: &str) -> CompileError {
        CompileError {
            kind: super::CompileErrorKind::SyntaxError,
            msg: format!("internal compiler error: {what}"),
            line: self.units.last().map_or(1, |u| u.line),
            col: 1,
        }
    }

    /// Guards recursion depth.
    pub(super) fn enter_nesting(&mut self, at: TextSize) -> R {
        self.depth += 1;
        if self.depth > MAX_NESTING + 50 {
            return Err(self.syntax_error("too many nested expressions or statements", at));
        }
        Ok(())
    }

    // ----- units ---------------------------------------------------------------------

    pub(super) fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open while compiling")
    }

    pub(super) fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open while compiling")
    }

    pub(super) fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames: Vec<String> = Vec::new();
        let mut slots: HashMap<String, u32> = HashMap::new();
        let mut add = |n: &str, varnames: &mut Vec<String>| {
            if !slots.contains_key(n) {
                slots.insert(n.to_string(), varnames.len() as u32);
                varnames.push(n.to_string());
            }
        };
        let mut nfree = 0;
        if s.kind.is_function_like() {
            for p in &s.params {
                add(p, &mut varnames);
            }
            for n in s.symbols.keys() {
                if matches!(s.lookup(n), NameScope::Local | NameScope::Cell) {
                    add(n, &mut varnames);
                }
            }
        }
        if s.kind != ScopeKind::Module {
            for f in &s.freevars {
                add(f, &mut varnames);
            }
            nfree = s.freevars.len() as u32;
        }
        let mut cellvars: Vec<u32> = s
            .resolved
            .iter()
            .filter(|(_, r)| **r == NameScope::Cell)
            .filter_map(|(n, _)| slots.get(n).copied())
            .collect();
        cellvars.sort_unstable();
        let code = CodeUnit {
            name,
            qualname,
            filename: self.filename.to_string(),
            first_line,
            ops: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            cellvars,
            nfree,
            ncaches: 0,
            flags: CodeFlags { generator: s.generator, ..CodeFlags::default() },
        };
        self.units.push(Unit {
            scope,
            code,
            const_keys: HashMap::new(),
            name_idx: HashMap::new(),
            slots,
            labels: Vec::new(),
            patches: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
            pos: Pos::default(),
        });
    }

    pub(super) fn pop_unit(&mut self) -> Result<CodeUnit, CompileError> {
        let Some(mut u) = self.units.pop() else {
            return Err(self.internal("no unit"));
        };
        for &idx in &u.patches {
            let op = u.code.ops[idx];
            let label = jump_target(op).ok_or_else(|| self.internal("patch of a non-jump"))?;
            let target = u
                .labels
                .get(label as usize)
                .copied()
                .flatten()
                .ok_or_else(|| self.internal("unbound label"))?;
            u.code.ops[idx] = with_target(op, target);
        }
        Ok(u.code)
    }

    // ----- emission ------------------------------------------------------------------

    pub(super) fn set_line(&mut self, at: TextSize) {
        let line = self.lines.line(at);
        self.unit_mut().line = line;
    }

    /// Emits `op` at the source position `pos` (instead of the current one).
    pub(super) fn emit_at(&mut self, pos: Pos, op: Op) -> usize {
        let saved = std::mem::replace(&mut self.unit_mut().pos, pos);
        let i = self.emit(op);
        self.unit_mut().pos = saved;
        i
    }

    pub(super) fn emit(&mut self, op: Op) -> usize {
        let u = self.unit_mut();
        u.code.ops.push(op);
        u.code.lines.push(u.line);
        u.code.positions.push(u.pos);
        u.code.ops.len() - 1
    }

    pub(super) fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit_mut();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.const_keys.get(k) {
                return i;
            }
        }
        let i = u.code.consts.len() as u32;
        u.code.consts.push(c);
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }

    pub(super) fn emit_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    pub(super) fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit_mut();
        if let Some(&i) = u.name_idx.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.name_idx.insert(name.to_string(), i);
        i
    }

    /// A fresh inline-cache index.
    pub(super) fn cache(&mut self) -> u32 {
        let u = self.unit_mut();
        let c = u.code.ncaches;
        u.code.ncaches += 1;
        c
    }

    pub(super) fn new_label(&mut self) -> Label {
        let u = self.unit_mut();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub(super) fn bind(&mut self, l: Label) {
        let u = self.unit_mut();
        let here = u.code.ops.len() as u32;
        u.labels[l.0 as usize] = Some(here);
    }

    pub(super) fn emit_jump(&mut self, make: fn(u32) -> Op, l: Label) {
        let idx = self.emit(make(l.0));
        self.unit_mut().patches.push(idx);
    }

    fn push_fblock(&mut self, b: FBlock<'a>, at: TextSize) -> R {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.syntax_error("too many statically nested blocks", at));
        }
        self.unit_mut().fblocks.push(b);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit_mut().fblocks.pop();
    }

    // ----- names ---------------------------------------------------------------------

    pub(super) fn load_name(&mut self, name: &str) -> R {
        self.name_op(name, NameCtx::Load)
    }

    pub(super) fn store_name(&mut self, name: &str) -> R {
        self.name_op(name, NameCtx::Store)
    }

    pub(super) fn delete_name(&mut self, name: &str) -> R {
        self.name_op(name, NameCtx::Del)
    }

    /// The name index of an attribute name, mangled if private.
    pub(super) fn attr_index(&mut self, attr: &str) -> u32 {
        let private = self.table.scopes[self.unit().scope].private.as_deref();
        let name = super::scope::mangle(private, attr).into_owned();
        self.name_index(&name)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) -> R {
        let private = self.table.scopes[self.unit().scope].private.as_deref();
        let mangled = super::scope::mangle(private, name).into_owned();
        let name = mangled.as_str();
        let scope = &self.table.scopes[self.unit().scope];
        let (kind, res, in_class) = (scope.kind, scope.lookup(name), scope.in_class);
        enum Kind {
            Global,
            Name,
            Fast,
            Deref,
        }
        let how = match (kind, res) {
            (ScopeKind::Module, NameScope::Local | NameScope::GlobalImplicit) if self.namespace_names => {
                Kind::Name
            }
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => Kind::Global,
            (ScopeKind::Class, NameScope::Local | NameScope::GlobalImplicit) => Kind::Name,
            (_, NameScope::GlobalImplicit) => {
                if name == "__class__" && in_class && ctx == NameCtx::Load {
                    self.emit(Op::LoadClassCell);
                    self.unit_mut().code.flags.needs_class_cell = true;
                    return Ok(());
                }
                Kind::Global
            }
            (_, NameScope::Local) => Kind::Fast,
            (_, NameScope::Cell | NameScope::Free) => Kind::Deref,
        };
        let op = match how {
            Kind::Global => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => {
                        let c = self.cache();
                        Op::LoadGlobal(i, c)
                    }
                    NameCtx::Store => Op::StoreGlobal(i),
                    NameCtx::Del => Op::DeleteGlobal(i),
                }
            }
            Kind::Name => {
                let i = self.name_index(name);
                match ctx {
                    NameCtx::Load => Op::LoadName(i),
                    NameCtx::Store => Op::StoreName(i),
                    NameCtx::Del => Op::DeleteName(i),
                }
            }
            Kind::Fast | Kind::Deref => {
                let Some(&slot) = self.unit().slots.get(name) else {
                    return Err(self.internal(&format!("no slot for '{name}'")));
                };
                match (how, ctx) {
                    (Kind::Fast, NameCtx::Load) => Op::LoadFast(slot),
                    (Kind::Fast, NameCtx::Store) => Op::StoreFast(slot),
                    (Kind::Fast, NameCtx::Del) => Op::DeleteFast(slot),
                    (_, NameCtx::Load) => Op::LoadDeref(slot),
                    (_, NameCtx::Store) => Op::StoreDeref(slot),
                    (_, NameCtx::Del) => Op::DeleteDeref(slot),
                }
            }
        };
        self.emit(op);
        Ok(())
    }

    /// The qualified name of a function or class `name` defined in the current scope.
    pub(super) fn qualname(&self, name: &str, binding: bool) -> String {
        let u = self.unit();
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_string(),
            _ if binding && s.lookup(name) == NameScope::GlobalExplicit => name.to_string(),
            // Like CPython 3.11, only function and lambda parents add `<locals>`.
            ScopeKind::Class | ScopeKind::Comprehension(_) => {
                format!("{}.{}", u.code.qualname, name)
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{}", u.code.qualname, name)
            }
        }
    }

    pub(super) fn scope_of(&self, range: ruff_text_size::TextRange) -> Result<usize, CompileError> {
        self.table.scope_of(range).ok_or_else(|| self.internal("scope not found"))
    }

    // ----- functions -----------------------------------------------------------------

    /// Compiles the body of a function or lambda into a new code unit.
    pub(super) fn function_code(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        first_line: u32,
        params: Option<&'a ast::Parameters>,
        body: Body<'a>,
    ) -> Result<CodeUnit, CompileError> {
        self.push_unit(scope, name.to_string(), qualname.to_string(), first_line);
        if let Some(p) = params {
            let code = &mut self.unit_mut().code;
            code.posonlyargcount = p.posonlyargs.len() as u32;
            code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            code.kwonlyargcount = p.kwonlyargs.len() as u32;
            code.flags.varargs = p.vararg.is_some();
            code.flags.varkw = p.kwarg.is_some();
        }
        // Like CPython, consts[0] of a function is its docstring (or None; always None for
        // a lambda), so the VM can set `__doc__`.
        let doc = match body {
            Body::Stmts(stmts) => docstring(stmts).map_or(Const::None, Const::Str),
            Body::Lambda(_) => Const::None,
        };
        self.add_const(doc);
        let r = match body {
            Body::Stmts(stmts) => self.stmts(stmts).map(|()| {
                if !matches!(stmts.last(), Some(Stmt::Return(_))) {
                    self.emit_const(Const::None);
                    self.emit(Op::Return);
                }
            }),
            Body::Lambda(e) => self.expr(e).map(|()| {
                self.emit(Op::Return);
            }),
        };
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.pop_unit()
    }

    /// Emits `code qualname [defaults] [kwdefaults] [closure] MakeFunction` for a code unit
    /// of the child scope `child`.
    pub(super) fn make_function(
        &mut self,
        code: CodeUnit,
        child: usize,
        params: Option<&'a ast::Parameters>,
    ) -> R {
        let qualname = code.qualname.clone();
        self.emit_const(Const::Code(Box::new(code)));
        self.emit_const(Const::Str(qualname));
        let mut flags = 0;
        if let Some(p) = params {
            let defaults: Vec<&'a Expr> =
                p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
            if !defaults.is_empty() {
                flags |= 1;
                self.tuple_of(&defaults)?;
            }
            let kwdefaults: Vec<(&'a str, &'a Expr)> = p
                .kwonlyargs
                .iter()
                .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
                .collect();
            if !kwdefaults.is_empty() {
                flags |= 2;
                for (name, d) in &kwdefaults {
                    self.emit_const(Const::Str(name.to_string()));
                    self.expr(d)?;
                }
                self.emit(Op::BuildMap(kwdefaults.len() as u32));
            }
        }
        let freevars = &self.table.scopes[child].freevars;
        if !freevars.is_empty() {
            flags |= 8;
            for f in freevars {
                let Some(&slot) = self.unit().slots.get(f) else {
                    return Err(self.internal(&format!("no cell for free variable '{f}'")));
                };
                self.emit(Op::LoadClosure(slot));
            }
            self.emit(Op::BuildTuple(freevars.len() as u32));
        }
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// With the new function on the stack, sets its `__annotations__`: parameter names
    /// (then `return`) to the annotations' values, evaluated here, or their source text
    /// under `from __future__ import annotations`.
    fn annotations(&mut self, params: &'a ast::Parameters, returns: Option<&'a Expr>) -> R {
        self.emit(Op::Dup);
        let mut n = 0;
        let items = params.iter().filter_map(|p| p.annotation().map(|a| (p.name().as_str(), a)));
        for (name, e) in items.chain(returns.map(|r| ("return", r))) {
            self.emit_const(Const::Str(name.to_string()));
            if self.future_annotations {
                let text = self.lines.source.get(e.range().to_std_range()).unwrap_or("");
                self.emit_const(Const::Str(text.to_string()));
            } else {
                self.expr(e)?;
            }
            n += 1;
        }
        self.emit(Op::BuildMap(n));
        // function function dict -> function dict function: store, keep the function.
        self.emit(Op::Rot2);
        let i = self.attr_index("__annotations__");
        let c = self.cache();
        self.emit(Op::StoreAttr(i, c));
        Ok(())
    }

    // ----- statements ----------------------------------------------------------------

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter_nesting(s.start())?;
        self.set_line(s.start());
        let saved = self.unit().pos;
        self.unit_mut().pos = Pos { start: s.start().to_u32(), end: s.end().to_u32(), ..Pos::default() };
        let r = self.stmt_inner(s);
        self.unit_mut().pos = saved;
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.set_line(r.start());
                self.unwind_all(true)?;
                self.emit(Op::Return);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                if self.swap_assign(a)? {
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                if let (true, true, Expr::Name(n)) = (self.unit().code.flags.class_body, a.simple, &*a.target)
                {
                    if self.future_annotations {
                        let text = self.lines.source.get(a.annotation.range().to_std_range()).unwrap_or("");
                        self.emit_const(Const::Str(text.to_string()));
                    } else {
                        self.expr(&a.annotation)?;
                    }
                    self.load_name("__annotations__")?;
                    self.emit_const(Const::Str(n.id.to_string()));
                    self.emit(Op::StoreSubscr);
                } else if a.value.is_none() {
                    // Like CPython: the object (and index) of a non-name target are
                    // evaluated; the annotation never is.
                    match &*a.target {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(Op::Pop);
                        }
                        Expr::Subscript(sub) => {
                            self.expr(&sub.value)?;
                            self.emit(Op::Pop);
                            self.index_expr(&sub.slice)?;
                            self.emit(Op::Pop);
                        }
                        _ => {}
                    }
                }
                Ok(())
            }
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.unsupported("async with statements", w.start()));
                }
                self.with_items(w, 0)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(r.start());
                self.emit(Op::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported("try/except*", t.start()));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.set_line(a.start());
                // CPython 3.11 raises at the test's position when it is a comparison
                // (its traceback marks `x == 1`), else at the statement's.
                let saved = self.unit().pos;
                if a.test.is_compare_expr() {
                    self.unit_mut().pos = super::expr::expr_pos(&a.test);
                }
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull);
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.unit_mut().pos = saved;
                self.bind(end);
                Ok(())
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    let name = alias.name.as_str();
                    let i = self.name_index(name);
                    self.emit(Op::ImportName(i));
                    match (&alias.asname, name.split_once('.')) {
                        (Some(a), _) => self.store_name(a.as_str())?,
                        (None, None) => self.store_name(name)?,
                        // `import a.b` imports both and binds `a`.
                        (None, Some((top, _))) => {
                            self.emit(Op::Pop);
                            let t = self.name_index(top);
                            self.emit(Op::ImportName(t));
                            self.store_name(top)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(imp) => {
                let module = imp.module.as_ref().map_or("", |m| m.as_str());
                if imp.level > 0 {
                    return Err(self.unsupported("relative imports", imp.start()));
                }
                if module == "__future__" {
                    return Ok(());
                }
                let m = self.name_index(module);
                self.emit(Op::ImportName(m));
                for alias in &imp.names {
                    let name = alias.name.as_str();
                    if name == "*" {
                        // Only the built-in modules can be star-imported: their names are known.
                        let Some(names) = crate::builtins::star_names(module) else {
                            return Err(self.unsupported("star imports", alias.start()));
                        };
                        for n in names {
                            let i = self.name_index(n);
                            self.emit(Op::ImportFrom(i));
                            self.store_name(n)?;
                        }
                        continue;
                    }
                    let i = self.name_index(name);
                    self.emit(Op::ImportFrom(i));
                    let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
                    self.store_name(bound)?;
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.constant(&e.value).is_some() {
                    // Docstrings and other constant statements compile to nothing.
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.start()),
            Stmt::Continue(c) => self.break_continue(false, c.start()),
            Stmt::TypeAlias(t) => Err(self.unsupported("type aliases", t.start())),
            Stmt::IpyEscapeCommand(c) => Err(self.unsupported("IPython escape commands", c.start())),
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> R {
        if f.is_async {
            return Err(self.unsupported("async functions", f.start()));
        }
        if f.type_params.is_some() {
            return Err(self.unsupported("type parameters", f.start()));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Op::PushNull);
        }
        self.set_line(f.start());
        let scope = self.scope_of(f.range)?;
        let name = f.name.as_str();
        let qualname = self.qualname(name, true);
        let first_line = self.lines.line(f.start());
        let code = self.function_code(
            scope,
            name,
            &qualname,
            first_line,
            Some(&f.parameters),
            Body::Stmts(&f.body),
        )?;
        self.set_line(f.name.start());
        self.make_function(code, scope, Some(&f.parameters))?;
        if f.parameters.iter().any(|p| p.annotation().is_some()) || f.returns.is_some() {
            self.annotations(&f.parameters, f.returns.as_deref())?;
        }
        self.apply_decorators(&f.decorator_list);
        self.set_line(f.name.start());
        self.store_name(name)
    }

    /// The calls of a definition's decorators, innermost first, each at its decorator's
    /// line and expression (where a traceback points when one raises, as CPython's).
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_line(d.expression.start());
            self.emit_at(super::expr::expr_pos(&d.expression), Op::Call(1));
        }
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> R {
        if c.type_params.is_some() {
            return Err(self.unsupported("type parameters", c.start()));
        }
        let (bases, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        if let Some(k) = keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.unsupported("** in class keyword arguments", k.start()));
        }
        if let Some(b) = bases.iter().find(|b| b.is_starred_expr()) {
            return Err(self.unsupported("starred base classes", b.start()));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Op::PushNull);
        }
        self.set_line(c.start());
        let scope = self.scope_of(c.range)?;
        let name = c.name.as_str();
        let qualname = self.qualname(name, true);
        let first_line = self.lines.line(c.start());
        self.push_unit(scope, name.to_string(), qualname, first_line);
        self.unit_mut().code.flags.class_body = true;
        let r = (|| {
            if let Some(doc) = docstring(&c.body) {
                self.set_line(c.body[0].start());
                self.emit_const(Const::Str(doc));
                self.store_name("__doc__")?;
            }
            if has_annotations(&c.body) {
                // CPython's SETUP_ANNOTATIONS: annotated names are recorded in the class
                // namespace's `__annotations__` (dataclasses and NamedTuple read it).
                self.emit(Op::BuildMap(0));
                self.store_name("__annotations__")?;
            }
            self.stmts(&c.body)?;
            self.emit_const(Const::None);
            self.emit(Op::Return);
            Ok(())
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.pop_unit()?;
        self.set_line(c.start());
        self.make_function(code, scope, None)?;
        self.emit_const(Const::Str(name.to_string()));
        for b in bases {
            self.expr(b)?;
        }
        // Keywords (`class P(Base, key="csv")`, `metaclass=...`) go in a dict on top.
        let mut flags = 0;
        if !keywords.is_empty() {
            for k in keywords {
                let name = k.arg.as_ref().map_or("", |a| a.as_str());
                self.emit_const(Const::Str(name.to_string()));
                self.expr(&k.value)?;
            }
            self.emit(Op::BuildMap(keywords.len() as u32));
            flags = crate::bytecode::CLASS_KEYWORDS;
        }
        self.set_line(c.start());
        self.emit(Op::BuildClass(bases.len() as u32 | flags));
        self.apply_decorators(&c.decorator_list);
        self.set_line(c.start());
        self.store_name(name)
    }

    /// `a, b = b, a` (two or three items, no starred parts, one target): evaluates the
    /// right-hand items and stores them without building a tuple, like CPython.
    fn swap_assign(&mut self, a: &'a ast::StmtAssign) -> Result<bool, CompileError> {
        let [target] = a.targets.as_slice() else {
            return Ok(false);
        };
        let (Expr::Tuple(ast::ExprTuple { elts: lhs, .. }) | Expr::List(ast::ExprList { elts: lhs, .. })) =
            target
        else {
            return Ok(false);
        };
        let (Expr::Tuple(ast::ExprTuple { elts: rhs, .. }) | Expr::List(ast::ExprList { elts: rhs, .. })) =
            &*a.value
        else {
            return Ok(false);
        };
        if lhs.len() != rhs.len()
            || !(2..=3).contains(&lhs.len())
            || lhs.iter().chain(rhs.iter()).any(|e| e.is_starred_expr())
        {
            return Ok(false);
        }
        for e in rhs {
            self.expr(e)?;
        }
        self.set_line(a.start());
        if lhs.len() == 3 {
            self.emit(Op::Rot3);
        }
        self.emit(Op::Rot2);
        for t in lhs {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                let c = self.cache();
                self.emit_at(super::expr::expr_pos(t), Op::StoreAttr(i, c));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.index_expr(&s.slice)?;
                self.emit_at(super::expr::expr_pos(t), Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let n = elts.len();
                match elts.iter().position(|e| e.is_starred_expr()) {
                    None => {
                        self.emit_at(super::expr::expr_pos(t), Op::UnpackSequence(n as u32));
                    }
                    Some(i) => {
                        self.emit_at(super::expr::expr_pos(t), Op::UnpackEx(i as u32, (n - i - 1) as u32));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => {
                Err(self.syntax_error("starred assignment target must be in a list or tuple", s.start()))
            }
            _ => Err(self.syntax_error("cannot assign to expression", t.start())),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> R {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit_at(super::expr::expr_pos(t), Op::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.index_expr(&s.slice)?;
                self.emit_at(super::expr::expr_pos(t), Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            _ => Err(self.syntax_error("cannot delete expression", t.start())),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        let op = super::expr::binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                let saved = std::mem::replace(&mut self.unit_mut().pos, super::expr::expr_pos(&a.target));
                self.load_name(n.id.as_str())?;
                self.unit_mut().pos = saved;
                self.expr(&a.value)?;
                self.set_line(a.start());
                let c = self.cache();
                self.emit(Op::InplaceOp(op, c));
                self.store_name(n.id.as_str())
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let i = self.attr_index(at.attr.as_str());
                let c = self.cache();
                self.emit_at(super::expr::expr_pos(&a.target), Op::LoadAttr(i, c));
                self.expr(&a.value)?;
                self.set_line(a.start());
                let c = self.cache();
                self.emit(Op::InplaceOp(op, c));
                self.emit(Op::Rot2);
                let c = self.cache();
                self.emit(Op::StoreAttr(i, c));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.index_expr(&s.slice)?;
                self.emit(Op::Dup2);
                let at = super::expr::expr_pos(&a.target);
                self.emit_at(at, Op::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line(a.start());
                let c = self.cache();
                self.emit(Op::InplaceOp(op, c));
                self.emit(Op::Rot3);
                self.emit_at(at, Op::StoreSubscr);
                Ok(())
            }
            other => Err(self.syntax_error(
                "'expression' is an illegal expression for augmented assignment",
                other.start(),
            )),
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> R {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Op::Jump, end);
            self.bind(next);
            next = self.new_label();
            self.set_line(clause.start());
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> R {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlock::While { cont: start, brk: end }, w.start())?;
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.set_line(w.start());
        self.emit_jump(Op::Jump, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> R {
        if f.is_async {
            return Err(self.unsupported("async for loops", f.start()));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_line(f.start());
        self.emit(Op::GetIter);
        self.bind(start);
        self.emit_jump(Op::ForIter, cleanup);
        self.store_target(&f.target)?;
        // `iter(g)` returns `g` itself, which may be referenced elsewhere.
        let close = matches!(&*f.iter, Expr::Call(c)
            if !matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "iter"));
        self.push_fblock(FBlock::For { cont: start, brk: end, close }, f.start())?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.set_line(f.start());
        self.emit_jump(Op::Jump, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn with_items(&mut self, w: &'a ast::StmtWith, i: usize) -> R {
        let Some(item) = w.items.get(i) else {
            return self.stmts(&w.body);
        };
        self.expr(&item.context_expr)?;
        self.set_line(w.start());
        self.emit(Op::WithEnter);
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let exc = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, exc);
        self.push_fblock(FBlock::With, w.start())?;
        self.with_items(w, i + 1)?;
        self.pop_fblock();
        self.set_line(w.start());
        self.emit(Op::PopBlock);
        self.emit(Op::WithExitNormal);
        self.emit_jump(Op::Jump, end);
        self.bind(exc);
        self.emit_jump(Op::WithExitExc, end);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, handler);
        self.push_fblock(FBlock::Finally(&t.finalbody), t.start())?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, end);
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd, t.start())?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        let handler = self.new_label();
        let end = self.new_label();
        self.set_line(t.start());
        self.emit_jump(Op::SetupExcept, handler);
        self.push_fblock(FBlock::TryExcept, t.start())?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(handler);
        let mut bare = false;
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.start());
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.set_line(h.start());
                    self.emit(Op::CheckExcMatch);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None => bare = true,
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.store_name(name)?;
                    let cleanup = self.new_label();
                    self.emit_jump(Op::SetupExcept, cleanup);
                    self.push_fblock(FBlock::Handler { name: Some(name), cleanup: true }, h.start())?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopBlock);
                    self.emit(Op::PopExcept);
                    self.unbind_handler_name(name)?;
                    self.emit_jump(Op::Jump, end);
                    self.bind(cleanup);
                    self.unbind_handler_name(name)?;
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::Pop);
                    self.push_fblock(FBlock::Handler { name: None, cleanup: false }, h.start())?;
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.emit(Op::PopExcept);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
            if bare {
                break;
            }
        }
        if !bare {
            self.emit(Op::Reraise);
        }
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` body.
    fn unbind_handler_name(&mut self, name: &str) -> R {
        self.emit_const(Const::None);
        self.store_name(name)?;
        self.delete_name(name)
    }

    // ----- leaving blocks ------------------------------------------------------------

    /// Emits the cleanup for leaving one frame block early. With `preserve_tos`, a return
    /// value on top of the stack is kept there.
    fn unwind(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> R {
        match b {
            FBlock::While { .. } => {}
            FBlock::For { close, .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(if *close { Op::PopIter } else { Op::Pop });
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    // A `return`/`break` inside the finally body must drop the pending
                    // return value.
                    self.push_fblock(FBlock::PopValue, TextSize::default())?;
                    let r = self.stmts(body);
                    self.pop_fblock();
                    r?;
                } else {
                    self.stmts(body)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::Handler { name, cleanup } => {
                if *cleanup {
                    self.emit(Op::PopBlock);
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.unbind_handler_name(n)?;
                }
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::WithExitNormal);
            }
        }
        Ok(())
    }

    /// Unwinds the blocks from the innermost down to index `stop` (exclusive); each
    /// block's cleanup is compiled with only the blocks outside it open.
    fn unwind_to(&mut self, stop: usize, preserve_tos: bool) -> R {
        let saved = self.unit().fblocks.clone();
        let line = self.unit().line;
        let mut r = Ok(());
        for i in (stop..saved.len()).rev() {
            self.unit_mut().fblocks.truncate(i);
            r = self.unwind(&saved[i], preserve_tos);
            if r.is_err() {
                break;
            }
        }
        let u = self.unit_mut();
        u.fblocks = saved;
        u.line = line;
        r
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> R {
        self.unwind_to(0, preserve_tos)
    }

    fn break_continue(&mut self, is_break: bool, at: TextSize) -> R {
        let Some(idx) = self.unit().fblocks.iter().rposition(FBlock::is_loop) else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.syntax_error(msg, at));
        };
        let lp = self.unit().fblocks[idx].clone();
        let (cont, brk) = match lp {
            FBlock::While { cont, brk } | FBlock::For { cont, brk, .. } => (cont, brk),
            _ => return Err(self.internal("loop block")),
        };
        if is_break {
            self.unwind_to(idx, false)?;
            self.emit_jump(Op::Jump, brk);
        } else {
            self.unwind_to(idx + 1, false)?;
            self.emit_jump(Op::Jump, cont);
        }
        Ok(())
    }

    // ----- conditional jumps ---------------------------------------------------------

    /// Jumps to `target` if the truth value of `e` equals `cond`, falls through otherwise.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        self.enter_nesting(e.start())?;
        let r = self.jump_if_inner(e, cond, target);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> R {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                if is_or == cond {
                    // `a or b` jumping when true / `a and b` jumping when false: any operand
                    // decides.
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(&b.values[n - 1], cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(truth) = self.constant(e).and_then(|c| const_truth(&c)) {
            if truth == cond {
                self.emit_jump(Op::Jump, target);
            }
            return Ok(());
        }
        self.expr(e)?;
        if cond {
            self.emit_jump(Op::PopJumpIfTrue, target);
        } else {
            self.emit_jump(Op::PopJumpIfFalse, target);
        }
        Ok(())
    }
}

/// The truth value of a constant, when it is simple to know.
fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Ellipsis => true,
        Const::Tuple(t) => !t.is_empty(),
        Const::FrozenSet(t) => !t.is_empty(),
        Const::Code(_) => return None,
    })
}

/// Whether a class body annotates a name (`x: int`), outside nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
        }
        _ => false,
    })
}
