//! Code generation for expressions: constants and constant folding, operators, calls
//! (including `*args`/`**kwargs` and zero-argument `super()`), displays, comprehensions
//! (compiled as separate code units like CPython 3.11), lambdas, f-strings and `yield`.

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, ExprContext};
use ruff_text_size::{Ranged, TextSize};

use super::codegen::{Body, Compiler, R};
use super::scope::{CompKind, NameScope};
use super::CompileError;
use crate::bytecode::{BinOp, CmpOp, Const, Op, Pos, UnaryOp};

/// The bytecode operator of an AST operator.
pub(super) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

/// The constant of an int literal: `Int` when it fits in an i64, else decimal digits.
fn int_const(i: &ast::Int) -> Option<Const> {
    if let Some(v) = i.as_i64() {
        return Some(Const::Int(v));
    }
    if let Some(v) = i.as_u64() {
        return Some(Const::BigInt(v.to_string()));
    }
    // Large literals come back as their source text (with prefix and underscores).
    let text: String = i.to_string().chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = text.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = text.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = text.strip_prefix("0b") {
        (d, 2)
    } else {
        (text.as_str(), 10)
    };
    let big = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(match i64::try_from(&big) {
        Ok(v) => Const::Int(v),
        Err(_) => Const::BigInt(big.to_string()),
    })
}

fn negate(c: Const) -> Option<Const> {
    Some(match c {
        Const::Int(v) => Const::Int(v.checked_neg()?),
        Const::Float(f) => Const::Float(-f),
        Const::BigInt(s) => {
            let neg = format!("-{s}");
            match neg.parse::<i64>() {
                Ok(v) => Const::Int(v),
                Err(_) => Const::BigInt(neg),
            }
        }
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    /// The value of `e` if it is a constant (literals, negated numbers, tuples of
    /// constants).
    pub(super) fn constant(&self, e: &Expr) -> Option<Const> {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => int_const(i),
                ast::Number::Float(f) => Some(Const::Float(*f)),
                ast::Number::Complex { .. } => None,
            },
            Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
            Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Const::None),
            Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                Expr::NumberLiteral(_) => negate(self.constant(&u.operand)?),
                _ => None,
            },
            Expr::Tuple(t) if t.ctx == ExprContext::Load => {
                let mut items = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    items.push(self.constant(x)?);
                }
                Some(Const::Tuple(items))
            }
            _ => None,
        }
    }

    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &'a Expr) -> R {
        self.enter_nesting(e.start())?;
        let saved = (self.unit().line, self.unit().pos);
        self.set_line(e.start());
        self.unit_mut().pos = expr_pos(e);
        let r = self.expr_inner(e);
        (self.unit_mut().line, self.unit_mut().pos) = saved;
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = self.constant(e) {
            self.emit_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            ast::BoolOp::And => self.emit_jump(Op::JumpIfFalseOrPop, end),
                            ast::BoolOp::Or => self.emit_jump(Op::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)
            }
            Expr::BinOp(_) => {
                // Long chains (`a + b + c + ...`) nest on the left: compile them iteratively.
                let mut spine = Vec::new();
                let mut cur = e;
                while let Expr::BinOp(b) = cur {
                    spine.push(b);
                    cur = &b.left;
                }
                self.expr(cur)?;
                for b in spine.into_iter().rev() {
                    self.expr(&b.right)?;
                    let c = self.cache();
                    // Each operation of the chain at its own node's position.
                    let saved = self.unit().pos;
                    self.unit_mut().pos = binop_pos(b);
                    self.emit(Op::BinaryOp(binop(b.op), c));
                    self.unit_mut().pos = saved;
                }
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::Unary(op));
                Ok(())
            }
            Expr::Lambda(l) => {
                let scope = self.scope_of(l.range)?;
                let qualname = self.qualname("<lambda>", false);
                let line = self.lines.line(l.start());
                let params = l.parameters.as_deref();
                let code =
                    self.function_code(scope, "<lambda>", &qualname, line, params, Body::Lambda(&l.body))?;
                self.make_function(code, scope, params)
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict_display(&d.items),
            Expr::Set(s) => self.sequence_display(&s.elts, Seq::Set),
            Expr::ListComp(c) => self.comprehension(e, CompKind::List, &c.generators, &c.elt, None),
            Expr::SetComp(c) => self.comprehension(e, CompKind::Set, &c.generators, &c.elt, None),
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(e, CompKind::Dict, &c.generators, k, Some(&c.value)),
                None => {
                    Err(self
                        .syntax_error("dict unpacking cannot be used in dict comprehension", c.value.start()))
                }
            },
            Expr::Generator(c) => self.comprehension(e, CompKind::Generator, &c.generators, &c.elt, None),
            Expr::Await(a) => Err(self.unsupported("await", a.start())),
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Const::None),
                }
                self.emit(Op::Yield);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Op::GetIter);
                self.emit_const(Const::None);
                let start = self.new_label();
                let end = self.new_label();
                self.bind(start);
                self.emit_jump(Op::Send, end);
                self.emit(Op::Yield);
                self.emit_jump(Op::Jump, start);
                self.bind(end);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => self.fstring(f),
            Expr::TString(t) => Err(self.unsupported("t-strings", t.start())),
            Expr::NumberLiteral(n) => match n.value {
                ast::Number::Complex { .. } => Err(self.unsupported("complex literals", n.start())),
                _ => Err(self.syntax_error("invalid number literal", n.start())),
            },
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Err(self.syntax_error("invalid literal", e.start())),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                let c = self.cache();
                let saved = self.at_attr_line(a, e.end());
                self.emit(Op::LoadAttr(i, c));
                (self.unit_mut().line, self.unit_mut().pos) = saved;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.index_expr(&s.slice)?;
                self.emit(Op::BinarySubscr);
                Ok(())
            }
            Expr::Starred(s) => Err(self.syntax_error("can't use starred expression here", s.start())),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::List(l) => self.sequence_display(&l.elts, Seq::List),
            Expr::Tuple(t) => self.sequence_display(&t.elts, Seq::Tuple),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Const::None),
                    }
                }
                let n = match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        3
                    }
                    None => 2,
                };
                self.emit(Op::BuildSlice(n));
                Ok(())
            }
            Expr::IpyEscapeCommand(c) => Err(self.unsupported("IPython escape commands", c.start())),
        }
    }

    /// Compiles the index of a subscript (`a[*b]` indexes with the tuple `(*b,)`).
    pub(super) fn index_expr(&mut self, e: &'a Expr) -> R {
        if e.is_starred_expr() {
            self.sequence_display(std::slice::from_ref(e), Seq::Tuple)
        } else {
            self.expr(e)
        }
    }

    /// Pushes a tuple of the values of `items` (a constant when they all are).
    pub(super) fn tuple_of(&mut self, items: &[&'a Expr]) -> R {
        let consts: Option<Vec<Const>> = items.iter().map(|e| self.constant(e)).collect();
        if let Some(c) = consts {
            self.emit_const(Const::Tuple(c));
            return Ok(());
        }
        for e in items {
            self.expr(e)?;
        }
        self.emit(Op::BuildTuple(items.len() as u32));
        Ok(())
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: Seq) -> R {
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        if !has_star {
            // Long constant lists/sets: build empty and extend from one constant tuple.
            if kind != Seq::Tuple && elts.len() >= 3 {
                let consts: Option<Vec<Const>> = elts.iter().map(|e| self.constant(e)).collect();
                if let Some(c) = consts {
                    match kind {
                        Seq::Set => self.emit(Op::BuildSet(0)),
                        _ => self.emit(Op::BuildList(0)),
                    };
                    let c = if kind == Seq::Set { self.frozenset_const(c) } else { Const::Tuple(c) };
                    self.emit_const(c);
                    match kind {
                        Seq::Set => self.emit(Op::SetUpdate),
                        _ => self.emit(Op::ListExtend),
                    };
                    return Ok(());
                }
            }
            for x in elts {
                self.expr(x)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let lead = elts.iter().take_while(|e| !e.is_starred_expr()).count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        self.emit(match kind {
            Seq::Set => Op::BuildSet(lead as u32),
            _ => Op::BuildList(lead as u32),
        });
        for x in &elts[lead..] {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if kind == Seq::Set { Op::SetUpdate } else { Op::ListExtend });
                }
                _ => {
                    self.expr(x)?;
                    self.emit(if kind == Seq::Set { Op::SetAdd(0) } else { Op::ListAppend(0) });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, items: &'a [ast::DictItem]) -> R {
        let mut have_dict = false;
        let mut pending = 0u32;
        for item in items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    if have_dict {
                        self.emit(Op::MapAdd(0));
                    } else {
                        pending += 1;
                    }
                }
                None => {
                    if !have_dict {
                        self.emit(Op::BuildMap(pending));
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&item.value)?;
                    self.emit(Op::DictUpdate);
                }
            }
        }
        if !have_dict {
            self.emit(Op::BuildMap(pending));
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 0 || c.comparators.len() != n {
            return Err(self.syntax_error("invalid comparison", c.start()));
        }
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(Op::Compare(cmpop(c.ops[0])));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Op::Dup);
            self.emit(Op::Rot3);
            self.emit(Op::Compare(cmpop(c.ops[i])));
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit(Op::Compare(cmpop(c.ops[n - 1])));
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    // ----- calls ---------------------------------------------------------------------

    fn call(&mut self, c: &'a ast::ExprCall) -> R {
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        let args: &'a [Expr] = &c.arguments.args;
        let kws: &'a [ast::Keyword] = &c.arguments.keywords;
        let dynamic = args.iter().any(|a| a.is_starred_expr()) || kws.iter().any(|k| k.arg.is_none());
        if !dynamic {
            if let Expr::Attribute(a) = &*c.func {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                let cache = self.cache();
                let saved = self.at_attr_line(a, a.end());
                if self.unit().line == saved.0 {
                    self.unit_mut().pos = expr_pos(&c.func);
                }
                self.emit(Op::LoadMethod(i, cache));
                if self.unit().line != saved.0 {
                    // The call too is placed from the method name on (CPython 3.11).
                    self.unit_mut().pos.end = c.end().to_u32();
                } else {
                    self.unit_mut().pos = saved.1;
                }
                let r = self.call_args(args, kws);
                (self.unit_mut().line, self.unit_mut().pos) = saved;
                return r;
            }
        }
        self.expr(&c.func)?;
        self.emit(Op::PushNull);
        if dynamic {
            self.call_ex(args, kws)
        } else {
            self.call_args(args, kws)
        }
    }

    /// When attribute `a`'s name is on a later line than where its expression starts (a
    /// method chain split over lines), places the next instructions at the name (its line,
    /// and from it to `end`), as CPython 3.11 does; returns the line and position to
    /// restore.
    fn at_attr_line(&mut self, a: &ast::ExprAttribute, end: TextSize) -> (u32, Pos) {
        let saved = (self.unit().line, self.unit().pos);
        let name_line = self.lines.line(a.attr.start());
        if name_line != self.lines.line(a.start()) {
            self.unit_mut().line = name_line;
            let start = a.attr.start().to_u32();
            self.unit_mut().pos = Pos { start, end: end.to_u32(), ..Pos::default() };
        }
        saved
    }

    fn call_args(&mut self, args: &'a [Expr], kws: &'a [ast::Keyword]) -> R {
        for a in args {
            self.expr(a)?;
        }
        if kws.is_empty() {
            self.emit(Op::Call(args.len() as u32));
            return Ok(());
        }
        let mut names = Vec::with_capacity(kws.len());
        for k in kws {
            let Some(id) = &k.arg else {
                return Err(self.syntax_error("invalid keyword argument", k.start()));
            };
            names.push(Const::Str(id.as_str().to_string()));
            self.expr(&k.value)?;
        }
        let idx = self.add_const(Const::Tuple(names));
        self.emit(Op::CallKw((args.len() + kws.len()) as u32, idx));
        Ok(())
    }

    /// `f(*a, **k)`-style calls: an args tuple and, with keywords, a kwargs dict.
    fn call_ex(&mut self, args: &'a [Expr], kws: &'a [ast::Keyword]) -> R {
        match args {
            [] => self.emit_const(Const::Tuple(Vec::new())),
            // `f(*x)`: CallEx turns `x` into the argument tuple (and words its TypeError).
            [Expr::Starred(s)] => self.expr(&s.value)?,
            _ => self.sequence_display(args, Seq::Tuple)?,
        }
        if kws.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        // Keyword groups are merged with DictMerge so that repeated names raise TypeError
        // like CPython.
        let mut have_dict = false;
        let mut pending = 0u32;
        for k in kws {
            match &k.arg {
                Some(id) => {
                    self.emit_const(Const::Str(id.as_str().to_string()));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Op::BuildMap(pending));
                        if have_dict {
                            self.emit(Op::DictMerge);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap(pending));
            if have_dict {
                self.emit(Op::DictMerge);
            }
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// `super()` with no arguments inside a function: `super(__class__, <first arg>)`.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> Result<bool, CompileError> {
        let Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" || !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return Ok(false);
        }
        let table = self.table;
        let scope = &table.scopes[self.unit().scope];
        if !scope.kind.is_function_like() || scope.argcount == 0 || scope.params.is_empty() {
            return Ok(false);
        }
        if matches!(scope.lookup("super"), NameScope::Local | NameScope::Cell | NameScope::Free) {
            return Ok(false);
        }
        self.load_name("super")?;
        self.emit(Op::PushNull);
        self.emit(Op::LoadClassCell);
        if scope.lookup(&scope.params[0]) == NameScope::Cell {
            self.emit(Op::LoadDeref(0));
        } else {
            self.emit(Op::LoadFast(0));
        }
        self.emit(Op::Call(2));
        self.unit_mut().code.flags.needs_class_cell = true;
        Ok(true)
    }

    // ----- comprehensions ------------------------------------------------------------

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.syntax_error("comprehension without 'for'", e.start()));
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(self.unsupported("async comprehensions", e.start()));
        }
        let scope = self.scope_of(e.range())?;
        let name = kind.code_name();
        let qualname = self.qualname(name, false);
        let first_line = self.lines.line(e.start());
        self.push_unit(scope, name.to_string(), qualname, first_line);
        self.unit_mut().code.argcount = 1;
        let r = self.comprehension_body(kind, generators, elt, value);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = self.pop_unit()?;
        self.make_function(code, scope, None)?;
        self.emit(Op::PushNull);
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comprehension_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.emit_const(Const::None);
        }
        self.emit(Op::Return);
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let g = &generators[i];
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.emit_jump(Op::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(kind, generators, i + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    match value {
                        Some(v) => self.expr(v)?,
                        None => self.emit_const(Const::None),
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit_jump(Op::Jump, start);
        self.bind(end);
        Ok(())
    }

    // ----- f-strings -----------------------------------------------------------------

    fn fstring(&mut self, f: &'a ast::ExprFString) -> R {
        let mut lit = String::new();
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => lit.push_str(&s.value),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut lit, &mut n)?,
            }
        }
        self.flush_literal(&mut lit, &mut n);
        match n {
            0 => self.emit_const(Const::Str(String::new())),
            1 => {}
            _ => {
                self.emit(Op::BuildString(n));
            }
        }
        Ok(())
    }

    fn flush_literal(&mut self, lit: &mut String, n: &mut u32) {
        if !lit.is_empty() {
            self.emit_const(Const::Str(std::mem::take(lit)));
            *n += 1;
        }
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        lit: &mut String,
        n: &mut u32,
    ) -> R {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => lit.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(d) = &i.debug_text {
                        lit.push_str(d.as_str());
                    }
                    self.flush_literal(lit, n);
                    self.expr(&i.expression)?;
                    let mut flags = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if i.debug_text.is_some() && flags == 0 && i.format_spec.is_none() {
                        flags = 2;
                    }
                    if let Some(spec) = &i.format_spec {
                        let mut spec_lit = String::new();
                        let mut spec_n = 0u32;
                        self.fstring_elements(&spec.elements, &mut spec_lit, &mut spec_n)?;
                        self.flush_literal(&mut spec_lit, &mut spec_n);
                        match spec_n {
                            0 => self.emit_const(Const::Str(String::new())),
                            1 => {}
                            _ => {
                                self.emit(Op::BuildString(spec_n));
                            }
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                    *n += 1;
                }
            }
        }
        Ok(())
    }
}

/// The position of a binary operation: its range, anchored on its operands.
fn binop_pos(b: &ast::ExprBinOp) -> Pos {
    Pos {
        start: b.start().to_u32(),
        end: b.end().to_u32(),
        kind: Pos::BINOP,
        a: b.left.end().to_u32(),
        b: b.right.start().to_u32(),
    }
}

/// The position instructions of expression `e` get (see [`Pos`]).
pub(super) fn expr_pos(e: &Expr) -> Pos {
    match e {
        Expr::BinOp(b) => binop_pos(b),
        Expr::Subscript(s) => Pos {
            start: s.start().to_u32(),
            end: s.end().to_u32(),
            kind: Pos::SUBSCRIPT,
            a: s.value.end().to_u32(),
            b: s.slice.end().to_u32(),
        },
        _ => Pos { start: e.start().to_u32(), end: e.end().to_u32(), ..Pos::default() },
    }
}
