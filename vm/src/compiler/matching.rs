//! Code generation for `match` statements.
//!
//! The subject stays on the stack while the cases are tried. Each case matches a copy:
//! a pattern consumes the value on top of the stack, and every test that can fail jumps
//! to a label that first pops what the pattern had pushed so far (`Fails`), so that a
//! failed case leaves exactly the subject for the next one. Captured names are stored as
//! soon as they match. Run-time checks that bytecode cannot express (is it a sequence,
//! the values of a mapping's keys, a class pattern's attributes) are `Op::Match` steps
//! (`crate::matching`).

use ruff_python_ast::{self as ast, Pattern, Singleton};
use ruff_text_size::Ranged;

use super::codegen::{Compiler, Label, R};
use crate::bytecode::{CmpOp, Const, Op};
use crate::matching::{
    match_operand, DICT_WITHOUT_KEYS, GET_LEN, MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE,
};

/// The failure labels of one pattern context: `labels[k]` pops `k` values and then
/// goes on where the context's failure goes (the next case or alternative).
#[derive(Default)]
struct Fails {
    labels: Vec<Label>,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let end = self.new_label();
        for case in &m.cases {
            self.set_line(case.pattern.start());
            let mut fails = Fails::default();
            self.emit(Op::Dup);
            self.pattern(&case.pattern, &mut fails, 1)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut fails, 0);
                self.jump_if(g, false, l)?;
            }
            self.emit(Op::Pop);
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.bind_fails(fails);
        }
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    /// The label that pops `k` values and fails.
    fn fail_label(&mut self, fails: &mut Fails, k: usize) -> Label {
        while fails.labels.len() <= k {
            let l = self.new_label();
            fails.labels.push(l);
        }
        fails.labels[k]
    }

    /// Emits the failure chain: `labels[k]: Pop` falling through to `labels[k - 1]`.
    fn bind_fails(&mut self, fails: Fails) {
        for (k, l) in fails.labels.iter().enumerate().rev() {
            self.bind(*l);
            if k > 0 {
                self.emit(Op::Pop);
            }
        }
    }

    /// Jumps to the failure that pops `k` values when the bool on top is false.
    fn fail_unless(&mut self, fails: &mut Fails, k: usize) {
        let l = self.fail_label(fails, k);
        self.emit_jump(Op::PopJumpIfFalse, l);
    }

    /// Matches the value on top of the stack against `p`, consuming it; `depth` counts
    /// the values a failure must pop, that one included.
    fn pattern(&mut self, p: &'a Pattern, fails: &mut Fails, depth: usize) -> R {
        match p {
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Op::Pop);
                }
                (None, Some(name)) => self.store_name(name.as_str())?,
                (Some(inner), name) => {
                    self.emit(Op::Dup);
                    self.pattern(inner, fails, depth + 1)?;
                    match name {
                        Some(n) => self.store_name(n.as_str())?,
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                }
            },
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::Compare(CmpOp::Eq));
                self.fail_unless(fails, depth - 1);
            }
            Pattern::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    Singleton::None => Const::None,
                    Singleton::True => Const::Bool(true),
                    Singleton::False => Const::Bool(false),
                });
                self.emit(Op::Compare(CmpOp::Is));
                self.fail_unless(fails, depth - 1);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, fails, depth)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, fails, depth)?,
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names =
                    c.arguments.keywords.iter().map(|k| Const::Str(k.attr.as_str().to_string())).collect();
                self.emit_const(Const::Tuple(names));
                let npos = c.arguments.patterns.len();
                self.emit(Op::Match(match_operand(MATCH_CLASS, npos as u32)));
                self.test_not_none(fails, depth);
                let subs: Vec<&'a Pattern> = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
                    .collect();
                self.emit(Op::UnpackSequence(subs.len() as u32));
                self.sub_patterns(&subs, fails, depth - 1)?;
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.store_name(n.as_str())?,
                None => {
                    self.emit(Op::Pop);
                }
            },
            Pattern::MatchOr(o) => {
                let ok = self.new_label();
                let done = self.new_label();
                let (last, alts) = o.patterns.split_last().expect("an or-pattern has alternatives");
                for alt in alts {
                    self.emit(Op::Dup);
                    let mut local = Fails::default();
                    self.pattern(alt, &mut local, 1)?;
                    self.emit_jump(Op::Jump, ok);
                    self.bind_fails(local);
                }
                self.pattern(last, fails, depth)?;
                self.emit_jump(Op::Jump, done);
                self.bind(ok);
                self.emit(Op::Pop);
                self.bind(done);
            }
        }
        Ok(())
    }

    /// `[a, *rest, b]`: a sequence of the right length, unpacked and matched in order.
    fn sequence_pattern(&mut self, pats: &'a [Pattern], fails: &mut Fails, depth: usize) -> R {
        self.emit(Op::Match(MATCH_SEQUENCE));
        self.fail_unless(fails, depth);
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        let n = pats.len();
        self.emit(Op::Match(GET_LEN));
        match star {
            None => {
                self.emit_const(Const::Int(n as i64));
                self.emit(Op::Compare(CmpOp::Eq));
            }
            Some(_) => {
                self.emit_const(Const::Int(n as i64 - 1));
                self.emit(Op::Compare(CmpOp::Ge));
            }
        }
        self.fail_unless(fails, depth);
        match star {
            None => self.emit(Op::UnpackSequence(n as u32)),
            Some(i) => self.emit(Op::UnpackEx(i as u32, (n - i - 1) as u32)),
        };
        let subs: Vec<&'a Pattern> = pats.iter().collect();
        self.sub_patterns(&subs, fails, depth - 1)
    }

    /// `{"k": v, **rest}`: a mapping with every key, its values matched in order.
    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping, fails: &mut Fails, depth: usize) -> R {
        self.emit(Op::Match(MATCH_MAPPING));
        self.fail_unless(fails, depth);
        let n = m.keys.len();
        if n > 0 {
            self.emit(Op::Match(GET_LEN));
            self.emit_const(Const::Int(n as i64));
            self.emit(Op::Compare(CmpOp::Ge));
            self.fail_unless(fails, depth);
        }
        if n == 0 && m.rest.is_none() {
            self.emit(Op::Pop);
            return Ok(());
        }
        for k in &m.keys {
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(n as u32));
        self.emit(Op::Match(MATCH_KEYS));
        self.test_not_none(fails, depth + 2);
        self.emit(Op::UnpackSequence(n as u32));
        let subs: Vec<&'a Pattern> = m.patterns.iter().collect();
        self.sub_patterns(&subs, fails, depth + 1)?;
        match &m.rest {
            Some(rest) => {
                self.emit(Op::Match(DICT_WITHOUT_KEYS));
                self.store_name(rest.as_str())?;
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    /// Fails (popping `depth` values, the tested one included) when the value on top is
    /// None; keeps it otherwise.
    fn test_not_none(&mut self, fails: &mut Fails, depth: usize) {
        self.emit(Op::Dup);
        self.emit_const(Const::None);
        self.emit(Op::Compare(CmpOp::IsNot));
        self.fail_unless(fails, depth);
    }

    /// Matches unpacked values (the first on top) against `subs` in order; `base` values
    /// lie under them.
    fn sub_patterns(&mut self, subs: &[&'a Pattern], fails: &mut Fails, base: usize) -> R {
        let n = subs.len();
        for (i, p) in subs.iter().enumerate() {
            self.pattern(p, fails, base + n - i)?;
        }
        Ok(())
    }
}
