//! The compiler's first pass: symbol tables and compile-time checks.
//!
//! Like CPython 3.11's `symtable.c`, one walk over the module records, for every scope
//! (module, function, lambda, class body, comprehension), which names are bound, used, or
//! declared `global`/`nonlocal`, and a second pass resolves each name to local, cell, free
//! or global. The same walk reports the `SyntaxError`s CPython detects at compile time
//! (`'break' outside loop`, `no binding for nonlocal 'x' found`, ...) and every construct
//! outside Kiln's subset (as `NotImplemented` errors).

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{CompileError, LineIndex};

/// The name is bound in the scope (assignment, import, def, for target, ...).
pub(crate) const DEF_LOCAL: u16 = 1;
/// The name is a parameter.
pub(crate) const DEF_PARAM: u16 = 2;
/// The name is declared `global` (or bound by a walrus of a comprehension at module level).
pub(crate) const DEF_GLOBAL: u16 = 4;
/// The name is declared `nonlocal` (or bound by a walrus inside a comprehension).
pub(crate) const DEF_NONLOCAL: u16 = 8;
/// The name is read.
pub(crate) const USE: u16 = 16;
/// The name is the target of an annotated assignment.
pub(crate) const DEF_ANNOT: u16 = 32;
/// The name is an iteration variable of a comprehension.
pub(crate) const DEF_COMP_ITER: u16 = 64;

/// Nesting limit for expressions and statements (deeper input is rejected instead of
/// overflowing the native stack).
pub(crate) const MAX_NESTING: u32 = 400;

/// What kind of comprehension a comprehension scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    /// `[x for ...]`
    List,
    /// `{x for ...}`
    Set,
    /// `{k: v for ...}`
    Dict,
    /// `(x for ...)`
    Generator,
}

impl CompKind {
    /// The code unit name CPython gives the comprehension function.
    pub(crate) fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    /// The module's top level.
    Module,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A class body.
    Class,
    /// A comprehension or generator expression.
    Comprehension(CompKind),
}

impl ScopeKind {
    /// Function-like scopes have fast locals, cells and free variables.
    pub(crate) fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_))
    }
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    /// A fast local (or, in a class body, a name in the class namespace).
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: a global or builtin.
    GlobalImplicit,
}

/// One scope of the symbol table.
#[derive(Debug)]
pub(crate) struct Scope {
    /// Kind of scope.
    pub kind: ScopeKind,
    /// Parent scope (None for the module).
    pub parent: Option<usize>,
    /// Every name mentioned, with its `DEF_*`/`USE` flags, in order of first mention.
    pub symbols: IndexMap<String, u16>,
    /// Parameter names in slot order (positional-only, positional, keyword-only, `*args`,
    /// `**kwargs`); `.0` for comprehensions.
    pub params: Vec<String>,
    /// Number of positional parameters.
    pub argcount: usize,
    /// Contains `yield` (or is a generator expression).
    pub generator: bool,
    /// Some ancestor is a class body (for `__class__`).
    pub in_class: bool,
    /// The name of the innermost enclosing class (or of this class), which mangles the
    /// private names `__x` used here.
    pub private: Option<String>,
    /// An `async def` (or a comprehension inside one).
    is_async: bool,
    /// Resolution of every symbol (filled by the analysis pass).
    pub resolved: HashMap<String, NameScope>,
    /// Free variables in slot order (sorted by name, like CPython).
    pub freevars: Vec<String>,
    /// Location of the `global`/`nonlocal` statement of each declared name.
    directives: HashMap<String, TextSize>,
    children: Vec<usize>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
    loop_depth: u32,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, in_class: bool) -> Scope {
        Scope {
            kind,
            parent,
            symbols: IndexMap::new(),
            params: Vec::new(),
            argcount: 0,
            generator: matches!(kind, ScopeKind::Comprehension(CompKind::Generator)),
            in_class,
            private: None,
            is_async: false,
            resolved: HashMap::new(),
            freevars: Vec::new(),
            directives: HashMap::new(),
            children: Vec::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
            loop_depth: 0,
        }
    }

    /// How `name` resolves in this scope (unknown names are implicit globals).
    pub(crate) fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(name).copied().unwrap_or(NameScope::GlobalImplicit)
    }
}

/// The symbol table of a module: all scopes, and the scope of each scope-creating node.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    /// All scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope created by the node (function, lambda, class, comprehension) at `range`.
    pub(crate) fn scope_of(&self, range: TextRange) -> Option<usize> {
        self.by_range.get(&(range.start().to_u32(), range.end().to_u32())).copied()
    }
}

/// Builds and analyses the symbol table of a parsed module, or returns the first error in
/// CPython's order of precedence: symbol-table errors, then name-resolution errors, then
/// code-generation errors; constructs outside the subset are reported only when the program
/// has no syntax error.
pub(crate) fn build(module: &ast::ModModule, lines: &LineIndex) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, None, false)],
            by_range: HashMap::new(),
        },
        cur: 0,
        lines,
        err_symtable: None,
        err_compile: None,
        err_unsupported: None,
        depth: 0,
    };
    b.module_body(&module.body);
    if let Some(e) = b.err_symtable.take() {
        return Err(e);
    }
    b.analyze(0, &HashSet::new(), &HashSet::new())?;
    if let Some(e) = b.err_compile.take() {
        return Err(e);
    }
    if let Some(e) = b.err_unsupported.take() {
        return Err(e);
    }
    Ok(b.table)
}

struct Builder<'l> {
    table: SymbolTable,
    cur: usize,
    lines: &'l LineIndex<'l>,
    err_symtable: Option<CompileError>,
    err_compile: Option<CompileError>,
    err_unsupported: Option<CompileError>,
    depth: u32,
}

const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl Builder<'_> {
    // ----- error helpers -------------------------------------------------------------

    fn symtable_error(&mut self, msg: String, at: TextSize) {
        if self.err_symtable.is_none() {
            self.err_symtable = Some(CompileError::syntax(msg, self.lines, at));
        }
    }

    fn compile_error(&mut self, msg: String, at: TextSize) {
        if self.err_compile.is_none() {
            self.err_compile = Some(CompileError::syntax(msg, self.lines, at));
        }
    }

    fn unsupported(&mut self, what: &str, at: TextSize) {
        if self.err_unsupported.is_none() {
            self.err_unsupported = Some(CompileError::unsupported(what, self.lines, at));
        }
    }

    /// Guards recursion; returns false (after recording an error) when nested too deeply.
    fn enter_nesting(&mut self, at: TextSize) -> bool {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.depth -= 1;
            self.symtable_error("too many nested expressions or statements".to_string(), at);
            return false;
        }
        true
    }

    // ----- scope helpers -------------------------------------------------------------

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn enter_scope(&mut self, kind: ScopeKind, range: TextRange) -> usize {
        let parent = &self.table.scopes[self.cur];
        let in_class = parent.in_class || parent.kind == ScopeKind::Class;
        let private = parent.private.clone();
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.cur), in_class));
        self.table.scopes[id].private = private;
        self.table.scopes[self.cur].children.push(id);
        self.table.by_range.insert((range.start().to_u32(), range.end().to_u32()), id);
        self.cur = id;
        id
    }

    fn leave_scope(&mut self) {
        if let Some(p) = self.table.scopes[self.cur].parent {
            self.cur = p;
        }
    }

    fn add_def(&mut self, name: &str, flag: u16, at: TextSize) {
        let mangled = mangle(self.scope().private.as_deref(), name);
        let name = mangled.as_ref();
        let scope = self.scope();
        let old = scope.symbols.get(name).copied().unwrap_or(0);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            self.symtable_error(format!("duplicate argument '{name}' in function definition"), at);
            return;
        }
        let scope = self.scope();
        let mut new = old | flag;
        if flag & DEF_LOCAL != 0 && scope.comp_iter_target {
            new |= DEF_COMP_ITER;
        }
        scope.symbols.insert(name.to_string(), new);
    }

    // ----- statements ----------------------------------------------------------------

    fn module_body(&mut self, body: &[Stmt]) {
        let mut future_ok = true;
        for (i, s) in body.iter().enumerate() {
            match s {
                Stmt::ImportFrom(imp)
                    if imp.level == 0 && imp.module.as_ref().map(|m| m.as_str()) == Some("__future__") =>
                {
                    if !future_ok {
                        self.compile_error(
                            "from __future__ imports must occur at the beginning of the file".to_string(),
                            s.start(),
                        );
                    }
                    for alias in &imp.names {
                        let name = alias.name.as_str();
                        if name == "braces" {
                            self.compile_error("not a chance".to_string(), alias.start());
                        } else if !FUTURE_FEATURES.contains(&name) {
                            self.compile_error(format!("future feature {name} is not defined"), s.start());
                        }
                    }
                }
                Stmt::Expr(e) if i == 0 && matches!(*e.value, Expr::StringLiteral(_)) => {}
                _ => future_ok = false,
            }
            self.stmt(s);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if !self.enter_nesting(s.start()) {
            return;
        }
        self.stmt_inner(s);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                if f.is_async {
                    self.unsupported("async functions", f.start());
                }
                if f.type_params.is_some() {
                    self.unsupported("type parameters", f.start());
                }
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.param_defaults(&f.parameters);
                // Annotations are evaluated where the function is defined.
                for p in f.parameters.iter() {
                    if let Some(a) = p.annotation() {
                        self.expr(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.start());
                self.enter_scope(ScopeKind::Function, f.range);
                self.scope().is_async = f.is_async;
                self.params(&f.parameters, f.start());
                self.stmts(&f.body);
                self.leave_scope();
            }
            Stmt::ClassDef(c) => {
                if c.type_params.is_some() {
                    self.unsupported("type parameters", c.start());
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        if let Expr::Starred(st) = a {
                            self.unsupported("starred base classes", st.start());
                            self.expr(&st.value);
                        } else {
                            self.expr(a);
                        }
                    }
                    for k in args.keywords.iter() {
                        if k.arg.is_none() {
                            self.unsupported("** in class keyword arguments", k.start());
                        }
                        self.expr(&k.value);
                    }
                }
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.start());
                self.enter_scope(ScopeKind::Class, c.range);
                self.scope().private = Some(c.name.to_string());
                self.stmts(&c.body);
                self.leave_scope();
            }
            Stmt::Return(r) => {
                if self.scope().kind != ScopeKind::Function {
                    self.compile_error("'return' outside function".to_string(), r.start());
                }
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.check_store_target(t, true);
                    self.target(t);
                }
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.check_store_target(&a.target, true);
                self.target(&a.target);
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = n.id.as_str();
                    let cur = self.scope().symbols.get(name).copied().unwrap_or(0);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.scope().kind != ScopeKind::Module
                        && a.simple
                    {
                        let which = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.symtable_error(format!("annotated name '{name}' can't be {which}"), a.start());
                    }
                    self.check_debug(name, n.start());
                    if a.simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, n.start());
                    } else if a.value.is_some() {
                        self.add_def(name, DEF_LOCAL, n.start());
                    }
                    // A class body evaluates the annotation of a simple name: its names
                    // may be the enclosing function's (free here). Under `from
                    // __future__ import annotations` it is kept as text instead, and a
                    // name seen here only becomes a harmless free variable.
                    if a.simple && self.scope().kind == ScopeKind::Class {
                        self.expr(&a.annotation);
                    }
                } else {
                    self.check_store_target(&a.target, true);
                    self.target(&a.target);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                if f.is_async {
                    self.unsupported("async for loops", f.start());
                }
                self.check_store_target(&f.target, true);
                self.target(&f.target);
                self.expr(&f.iter);
                self.scope().loop_depth += 1;
                self.stmts(&f.body);
                self.scope().loop_depth -= 1;
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.scope().loop_depth += 1;
                self.stmts(&w.body);
                self.scope().loop_depth -= 1;
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.expr(t);
                    }
                    self.stmts(&clause.body);
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.unsupported("async with statements", w.start());
                }
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.check_store_target(v, true);
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                let n = m.cases.len();
                for (i, case) in m.cases.iter().enumerate() {
                    if i + 1 < n && case.guard.is_none() && case.pattern.is_irrefutable() {
                        let msg = match irrefutable_capture(&case.pattern) {
                            Some(name) => {
                                format!("name capture '{name}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        self.compile_error(msg, case.pattern.start());
                    }
                    let mut bound = Vec::new();
                    self.pattern(&case.pattern, &mut bound);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.unsupported("try/except*", t.start());
                }
                self.stmts(&t.body);
                let n = t.handlers.len();
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 < n {
                        self.compile_error("default 'except:' must be last".to_string(), h.start());
                    }
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.check_debug(name.as_str(), name.start());
                        self.add_def(name.as_str(), DEF_LOCAL, name.start());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(imp) => {
                if imp.is_lazy {
                    self.unsupported("lazy imports", imp.start());
                }
                for alias in &imp.names {
                    let name = alias.name.as_str();
                    let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
                    let bound = bound.split('.').next().unwrap_or(bound).to_string();
                    self.add_def(&bound, DEF_LOCAL, alias.start());
                }
            }
            Stmt::ImportFrom(imp) => {
                if imp.is_lazy {
                    self.unsupported("lazy imports", imp.start());
                }
                let module = imp.module.as_ref().map_or("", |m| m.as_str());
                if imp.level > 0 {
                    self.unsupported("relative imports", imp.start());
                }
                for alias in &imp.names {
                    let name = alias.name.as_str();
                    if name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            self.symtable_error(
                                "import * only allowed at module level".to_string(),
                                alias.start(),
                            );
                        }
                        match crate::builtins::star_names(module) {
                            Some(names) => {
                                for n in names {
                                    self.add_def(n, DEF_LOCAL, alias.start());
                                }
                            }
                            None => self.unsupported("star imports", alias.start()),
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
                    self.add_def(bound, DEF_LOCAL, alias.start());
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.directive(name.as_str(), "global", DEF_GLOBAL, g.start());
                }
            }
            Stmt::Nonlocal(n) => {
                if self.scope().kind == ScopeKind::Module {
                    self.symtable_error(
                        "nonlocal declaration not allowed at module level".to_string(),
                        n.start(),
                    );
                    return;
                }
                for name in &n.names {
                    self.directive(name.as_str(), "nonlocal", DEF_NONLOCAL, n.start());
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) => {}
            Stmt::Break(b) => {
                if self.scope().loop_depth == 0 {
                    self.compile_error("'break' outside loop".to_string(), b.start());
                }
            }
            Stmt::Continue(c) => {
                if self.scope().loop_depth == 0 {
                    self.compile_error("'continue' not properly in loop".to_string(), c.start());
                }
            }
            Stmt::TypeAlias(t) => self.unsupported("type aliases", t.start()),
            Stmt::IpyEscapeCommand(c) => self.unsupported("IPython escape commands", c.start()),
        }
    }

    /// `global x` / `nonlocal x`.
    fn directive(&mut self, name: &str, which: &str, flag: u16, at: TextSize) {
        let mangled = mangle(self.scope().private.as_deref(), name);
        let name = mangled.as_ref();
        let cur = self.scope().symbols.get(name).copied().unwrap_or(0);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {which}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {which} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {which}")
            } else {
                format!("name '{name}' is assigned to before {which} declaration")
            };
            self.symtable_error(msg, at);
        }
        self.add_def(name, flag, at);
        self.scope().directives.entry(name.to_string()).or_insert(at);
    }

    fn param_defaults(&mut self, params: &ast::Parameters) {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
    }

    /// Declares the parameters of the (just entered) function scope in slot order.
    fn params(&mut self, params: &ast::Parameters, owner: TextSize) {
        let mut names: Vec<&ast::Parameter> = Vec::new();
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            names.push(&p.parameter);
        }
        let argcount = names.len();
        for p in params.kwonlyargs.iter() {
            names.push(&p.parameter);
        }
        if let Some(v) = &params.vararg {
            names.push(v);
        }
        if let Some(k) = &params.kwarg {
            names.push(k);
        }
        // Duplicates are reported in source order, like CPython.
        let mut in_source_order = names.clone();
        in_source_order.sort_by_key(|p| p.start());
        for p in in_source_order {
            self.check_debug(p.name.as_str(), owner);
            self.add_def(p.name.as_str(), DEF_PARAM, p.name.start());
        }
        let scope = self.scope();
        scope.argcount = argcount;
        let private = scope.private.clone();
        scope.params =
            names.iter().map(|p| mangle(private.as_deref(), p.name.as_str()).into_owned()).collect();
    }

    fn check_debug(&mut self, name: &str, at: TextSize) {
        if name == "__debug__" {
            self.compile_error("cannot assign to __debug__".to_string(), at);
        }
    }

    /// CPython's checks on starred assignment targets.
    fn check_store_target(&mut self, t: &Expr, top: bool) {
        match t {
            Expr::Starred(s) => {
                if top {
                    self.compile_error(
                        "starred assignment target must be in a list or tuple".to_string(),
                        s.start(),
                    );
                }
                self.check_store_target(&s.value, false);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars = elts.iter().filter(|e| e.is_starred_expr()).count();
                if stars > 1 {
                    self.compile_error("multiple starred expressions in assignment".to_string(), t.start());
                }
                for e in elts {
                    self.check_store_target(e, false);
                }
            }
            _ => {}
        }
    }

    /// Visits an assignment or deletion target.
    fn target(&mut self, t: &Expr) {
        if !self.enter_nesting(t.start()) {
            return;
        }
        match t {
            Expr::Name(n) => {
                if n.ctx == ExprContext::Del {
                    if n.id.as_str() == "__debug__" {
                        self.compile_error("cannot delete __debug__".to_string(), n.start());
                    }
                } else {
                    self.check_debug(n.id.as_str(), n.start());
                }
                self.add_def(n.id.as_str(), DEF_LOCAL, n.start());
            }
            Expr::Attribute(a) => {
                if a.attr.as_str() == "__debug__" && a.ctx == ExprContext::Store {
                    self.compile_error("cannot assign to __debug__".to_string(), a.attr.start());
                }
                self.expr(&a.value);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr_starred_ok(&s.slice);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            _ => {
                self.compile_error("cannot assign to expression".to_string(), t.start());
                self.expr(t);
            }
        }
        self.depth -= 1;
    }

    /// Declares the names a `case` pattern binds and visits its expressions; `bound`
    /// collects the names bound so far in this pattern (a name bound twice is an error).
    fn pattern(&mut self, p: &ast::Pattern, bound: &mut Vec<String>) {
        use ast::Pattern as P;
        let bind = |this: &mut Self, name: Option<&ast::Identifier>, bound: &mut Vec<String>| {
            if let Some(n) = name {
                if bound.iter().any(|b| b == n.as_str()) {
                    this.compile_error(
                        format!("multiple assignments to name '{}' in pattern", n.as_str()),
                        n.start(),
                    );
                }
                bound.push(n.as_str().to_string());
                this.check_debug(n.as_str(), n.start());
                this.add_def(n.as_str(), DEF_LOCAL, n.start());
            }
        };
        match p {
            P::MatchValue(v) => {
                let ok = match &*v.value {
                    Expr::StringLiteral(_)
                    | Expr::NumberLiteral(_)
                    | Expr::BytesLiteral(_)
                    | Expr::Attribute(_) => true,
                    Expr::UnaryOp(u) => matches!(&*u.operand, Expr::NumberLiteral(_)),
                    Expr::BinOp(b) => matches!(
                        (&*b.left, &*b.right),
                        (Expr::NumberLiteral(_) | Expr::UnaryOp(_), Expr::NumberLiteral(_))
                    ),
                    _ => false,
                };
                if !ok {
                    self.compile_error(
                        "patterns may only match literals and attribute lookups".to_string(),
                        v.start(),
                    );
                }
                self.expr(&v.value)
            }
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                if s.patterns.iter().filter(|p| matches!(p, P::MatchStar(_))).count() > 1 {
                    self.compile_error("multiple starred names in sequence pattern".to_string(), s.start());
                }
                for q in &s.patterns {
                    self.pattern(q, bound);
                }
            }
            P::MatchMapping(m) => {
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    let text = match k {
                        Expr::StringLiteral(s) => Some(format!("{:?}", s.value.to_str()).replace('"', "'")),
                        Expr::NumberLiteral(ast::ExprNumberLiteral {
                            value: ast::Number::Int(i), ..
                        }) => Some(i.to_string()),
                        _ => None,
                    };
                    if let Some(t) = text {
                        if seen.contains(&t) {
                            self.compile_error(
                                format!("mapping pattern checks duplicate key ({t})"),
                                p.start(),
                            );
                        }
                        seen.push(t);
                    }
                    self.expr(k);
                }
                for q in &m.patterns {
                    self.pattern(q, bound);
                }
                bind(self, m.rest.as_ref(), bound);
            }
            P::MatchClass(c) => {
                let kws = &c.arguments.keywords;
                for (i, k) in kws.iter().enumerate() {
                    if kws[..i].iter().any(|e| e.attr.as_str() == k.attr.as_str()) {
                        self.compile_error(
                            format!("attribute name repeated in class pattern: {}", k.attr.as_str()),
                            k.attr.start(),
                        );
                    }
                }
                self.expr(&c.cls);
                for q in &c.arguments.patterns {
                    self.pattern(q, bound);
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern, bound);
                }
            }
            P::MatchStar(s) => bind(self, s.name.as_ref(), bound),
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q, bound);
                }
                bind(self, a.name.as_ref(), bound);
            }
            P::MatchOr(o) => {
                let before = bound.len();
                let mut first: Option<Vec<String>> = None;
                for (i, q) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() && q.is_irrefutable() {
                        let msg = match irrefutable_capture(q) {
                            Some(name) => {
                                format!("name capture '{name}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        self.compile_error(msg, q.start());
                    }
                    let mut alt: Vec<String> = bound[..before].to_vec();
                    self.pattern(q, &mut alt);
                    let mut names = alt.split_off(before);
                    names.sort();
                    match &first {
                        None => first = Some(names),
                        Some(f) if *f != names => {
                            self.compile_error(
                                "alternative patterns bind different names".to_string(),
                                q.start(),
                            );
                        }
                        Some(_) => {}
                    }
                }
                bound.extend(first.unwrap_or_default());
            }
        }
    }

    // ----- expressions ---------------------------------------------------------------

    fn expr_starred_ok(&mut self, e: &Expr) {
        if let Expr::Starred(s) = e {
            self.expr(&s.value);
        } else {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        if !self.enter_nesting(e.start()) {
            return;
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v);
                }
            }
            Expr::Named(n) => self.named_expr(n),
            Expr::BinOp(_) => {
                // Long chains (`a + b + c + ...`) nest on the left: walk them iteratively.
                let mut rights = Vec::new();
                let mut cur = e;
                while let Expr::BinOp(b) = cur {
                    rights.push(&*b.right);
                    cur = &b.left;
                }
                self.expr(cur);
                for r in rights.into_iter().rev() {
                    self.expr(r);
                }
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p);
                }
                self.enter_scope(ScopeKind::Lambda, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p, l.start());
                }
                self.expr(&l.body);
                self.leave_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k);
                    }
                    self.expr(&item.value);
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.expr_starred_ok(x);
                }
            }
            Expr::ListComp(c) => self.comprehension(c.range, CompKind::List, &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.comprehension(c.range, CompKind::Set, &c.generators, &c.elt, None),
            Expr::DictComp(c) => {
                let key = c.key.as_deref();
                match key {
                    Some(k) => self.comprehension(c.range, CompKind::Dict, &c.generators, k, Some(&c.value)),
                    None => {
                        // `{**d for ...}`: CPython rejects this in the parser.
                        self.compile_error(
                            "dict unpacking cannot be used in dict comprehension".to_string(),
                            c.value.start(),
                        );
                    }
                }
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, CompKind::Generator, &c.generators, &c.elt, None)
            }
            Expr::Await(a) => {
                let (kind, is_async) = (self.scope().kind, self.scope().is_async);
                match kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.compile_error("'await' outside function".to_string(), a.start())
                    }
                    _ if !is_async => {
                        self.compile_error("'await' outside async function".to_string(), a.start())
                    }
                    _ => self.unsupported("await", a.start()),
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.yield_check(y.start());
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(y.start());
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                for x in c.comparators.iter() {
                    self.expr(x);
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                for a in c.arguments.args.iter() {
                    self.expr_starred_ok(a);
                }
                let mut seen: HashSet<&str> = HashSet::new();
                for k in c.arguments.keywords.iter() {
                    if let Some(id) = &k.arg {
                        self.check_debug(id.as_str(), c.start());
                        if !seen.insert(id.as_str()) {
                            self.compile_error(
                                format!("keyword argument repeated: {}", id.as_str()),
                                k.start(),
                            );
                        }
                    }
                    self.expr(&k.value);
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(t) => self.unsupported("t-strings", t.start()),
            Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::BytesLiteral(_) => {}
            Expr::NumberLiteral(n) => {
                if let ast::Number::Complex { .. } = n.value {
                    self.unsupported("complex literals", n.start());
                }
            }
            Expr::Attribute(a) => {
                if a.ctx != ExprContext::Load {
                    self.target(e);
                } else {
                    self.expr(&a.value);
                }
            }
            Expr::Subscript(s) => {
                if s.ctx != ExprContext::Load {
                    self.target(e);
                } else {
                    self.expr(&s.value);
                    self.expr_starred_ok(&s.slice);
                }
            }
            Expr::Starred(s) => {
                if s.ctx == ExprContext::Load {
                    self.compile_error("can't use starred expression here".to_string(), s.start());
                }
                self.expr(&s.value);
            }
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.add_def(n.id.as_str(), USE, n.start()),
                _ => self.target(e),
            },
            Expr::List(ast::ExprList { elts, ctx, .. }) | Expr::Tuple(ast::ExprTuple { elts, ctx, .. }) => {
                if *ctx == ExprContext::Load {
                    for x in elts {
                        self.expr_starred_ok(x);
                    }
                } else {
                    self.target(e);
                }
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            Expr::IpyEscapeCommand(c) => self.unsupported("IPython escape commands", c.start()),
        }
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }

    fn yield_check(&mut self, at: TextSize) {
        match self.scope().kind {
            ScopeKind::Comprehension(k) => {
                self.symtable_error(format!("'yield' inside {}", k.description()), at)
            }
            ScopeKind::Module | ScopeKind::Class => {
                self.compile_error("'yield' outside function".to_string(), at)
            }
            ScopeKind::Function | ScopeKind::Lambda => self.scope().generator = true,
        }
    }

    fn named_expr(&mut self, n: &ast::ExprNamed) {
        let Expr::Name(target) = &*n.target else {
            self.compile_error(
                "Assignment expression target must be an identifier".to_string(),
                n.target.start(),
            );
            return;
        };
        let name = target.id.as_str();
        if self.scope().comp_iter_expr > 0 {
            self.symtable_error(
                "assignment expression cannot be used in a comprehension iterable expression".to_string(),
                n.start(),
            );
        }
        self.check_debug(name, target.start());
        if matches!(self.scope().kind, ScopeKind::Comprehension(_)) {
            // Bind in the nearest enclosing function (or module); comprehensions between are
            // transparent, a class body is an error.
            let mut id = Some(self.cur);
            while let Some(s) = id {
                let scope = &self.table.scopes[s];
                match scope.kind {
                    ScopeKind::Comprehension(_) => {
                        let flags = scope.symbols.get(name).copied().unwrap_or(0);
                        if flags & DEF_COMP_ITER != 0 {
                            self.symtable_error(
                                format!(
                                    "assignment expression cannot rebind comprehension iteration variable '{name}'"
                                ),
                                n.start(),
                            );
                            break;
                        }
                        id = scope.parent;
                    }
                    ScopeKind::Function | ScopeKind::Lambda => {
                        let flags = scope.symbols.get(name).copied().unwrap_or(0);
                        let flag = if flags & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                        self.add_def(name, flag, n.start());
                        *self.table.scopes[s].symbols.entry(name.to_string()).or_insert(0) |= DEF_LOCAL;
                        break;
                    }
                    ScopeKind::Module => {
                        self.add_def(name, DEF_GLOBAL, n.start());
                        *self.table.scopes[s].symbols.entry(name.to_string()).or_insert(0) |= DEF_GLOBAL;
                        break;
                    }
                    ScopeKind::Class => {
                        self.symtable_error(
                            "assignment expression within a comprehension cannot be used in a class body"
                                .to_string(),
                            n.start(),
                        );
                        break;
                    }
                }
            }
            self.expr(&n.value);
            return;
        }
        self.expr(&n.value);
        self.add_def(name, DEF_LOCAL, target.start());
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) {
        let Some(first) = generators.first() else {
            self.compile_error("comprehension without 'for'".to_string(), range.start());
            return;
        };
        if generators.iter().any(|g| g.is_async) {
            self.unsupported("async comprehensions", range.start());
        }
        self.scope().comp_iter_expr += 1;
        self.expr(&first.iter);
        self.scope().comp_iter_expr -= 1;
        let in_async = self.scope().is_async;
        self.enter_scope(ScopeKind::Comprehension(kind), range);
        self.scope().is_async = in_async;
        self.add_def(".0", DEF_PARAM, range.start());
        {
            let scope = self.scope();
            scope.params = vec![".0".to_string()];
            scope.argcount = 1;
        }
        for (i, g) in generators.iter().enumerate() {
            self.scope().comp_iter_target = true;
            self.check_store_target(&g.target, true);
            self.target(&g.target);
            self.scope().comp_iter_target = false;
            if i > 0 {
                self.scope().comp_iter_expr += 1;
                self.expr(&g.iter);
                self.scope().comp_iter_expr -= 1;
            }
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        if let Expr::Starred(s) = elt {
            self.symtable_error("iterable unpacking cannot be used in comprehension".to_string(), s.start());
        }
        self.expr(elt);
        if let Some(v) = value {
            self.expr(v);
        }
        self.leave_scope();
    }

    // ----- analysis ------------------------------------------------------------------

    /// Resolves the names of scope `id` given the names bound in enclosing functions
    /// (`bound`) and known globals; returns the names free in this scope or its children
    /// that must come from enclosing scopes.
    fn analyze(
        &mut self,
        id: usize,
        bound: &HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.table.scopes[id].kind;
        let mut bound = bound.clone();
        let mut global = global.clone();
        let mut local: HashSet<String> = HashSet::new();
        let mut free: HashSet<String> = HashSet::new();
        let mut newbound: HashSet<String> = HashSet::new();
        let mut newglobal: HashSet<String> = HashSet::new();
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            newbound.extend(bound.iter().cloned());
        }
        let symbols: Vec<(String, u16)> =
            self.table.scopes[id].symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let mut resolved = HashMap::new();
        for (name, flags) in &symbols {
            let at = self.table.scopes[id].directives.get(name).copied().unwrap_or_default();
            let r = if flags & DEF_GLOBAL != 0 {
                if flags & DEF_NONLOCAL != 0 {
                    return Err(CompileError::syntax(
                        format!("name '{name}' is nonlocal and global"),
                        self.lines,
                        at,
                    ));
                }
                global.insert(name.clone());
                bound.remove(name);
                NameScope::GlobalExplicit
            } else if flags & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        self.lines,
                        at,
                    ));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
                local.insert(name.clone());
                global.remove(name);
                NameScope::Local
            } else if bound.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            resolved.insert(name.clone(), r);
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            newbound.extend(bound.iter().cloned());
            newglobal.extend(global.iter().cloned());
        }
        let children = self.table.scopes[id].children.clone();
        let mut child_free: HashSet<String> = HashSet::new();
        for c in children {
            let f = self.analyze(c, &newbound, &newglobal)?;
            child_free.extend(f);
        }
        let mut class_free: Vec<String> = Vec::new();
        if kind.is_function_like() {
            // Locals captured by children become cells.
            for name in child_free.clone() {
                if resolved.get(&name) == Some(&NameScope::Local) {
                    resolved.insert(name.clone(), NameScope::Cell);
                    child_free.remove(&name);
                }
            }
        }
        for name in child_free.iter() {
            match resolved.get(name) {
                Some(r) => {
                    if kind == ScopeKind::Class && matches!(r, NameScope::Local | NameScope::GlobalExplicit) {
                        // The class binds the name itself but passes the enclosing
                        // function's variable through to its methods.
                        class_free.push(name.clone());
                    }
                }
                None => {
                    if bound.contains(name) {
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                }
            }
        }
        free.extend(child_free);
        let scope = &mut self.table.scopes[id];
        let mut freevars: Vec<String> = resolved
            .iter()
            .filter(|(_, r)| **r == NameScope::Free)
            .map(|(k, _)| k.clone())
            .chain(class_free)
            .collect();
        freevars.sort();
        freevars.dedup();
        scope.freevars = freevars;
        scope.resolved = resolved;
        Ok(free)
    }
}

/// CPython's private name mangling: inside class `C`, `__x` (not ending in `__`) means
/// `_C__x` (the class name without its leading underscores).
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let class = private.map(|p| p.trim_start_matches('_')).unwrap_or("");
    if class.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return std::borrow::Cow::Borrowed(name);
    }
    std::borrow::Cow::Owned(format!("_{class}{name}"))
}

/// The name an irrefutable pattern captures (`case x:`), or None for a wildcard.
fn irrefutable_capture(p: &ast::Pattern) -> Option<&str> {
    match p {
        ast::Pattern::MatchAs(a) => match &a.pattern {
            Some(inner) => irrefutable_capture(inner),
            None => a.name.as_ref().map(|n| n.as_str()),
        },
        ast::Pattern::MatchOr(o) => {
            o.patterns.iter().find(|q| q.is_irrefutable()).and_then(irrefutable_capture)
        }
        _ => None,
    }
}
