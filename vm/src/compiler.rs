//! The compiler: Python source → ruff AST → Kiln bytecode ([`CodeUnit`]).
//!
//! [`compile_module`] parses with `ruff_python_parser`, builds a symbol table
//! (`compiler/scope.rs`, modelled on CPython 3.11's symtable: locals, cells, free variables,
//! class scopes, comprehensions as functions) and then generates code for every scope
//! (`compiler/codegen.rs` for statements, `compiler/expr.rs` for expressions).
//! [`max_stack_depth`] verifies the stack discipline of a compiled code unit by walking
//! every path; the VM may use it to size frames.
//!
//! Errors are [`CompileError`]s: `SyntaxError`s with CPython's wording for everything
//! CPython rejects at compile time, `NotImplemented` ("<construct> is not supported") for
//! valid Python outside Kiln's subset.

use std::fmt;

use ruff_text_size::TextSize;

use crate::bytecode::{CodeUnit, Op};

#[path = "compiler/codegen.rs"]
mod codegen;
#[path = "compiler/expr.rs"]
mod expr;
#[path = "compiler/matching.rs"]
mod matching;
#[path = "compiler/scope.rs"]
mod scope;
#[cfg(test)]
#[path = "compiler/tests.rs"]
mod tests;

pub(crate) use scope::mangle;

/// The kind of a [`CompileError`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// The program is not valid Python (CPython would raise `SyntaxError`).
    SyntaxError,
    /// Valid Python that Kiln does not support.
    NotImplemented,
}

/// An error found while compiling a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Syntax error or unsupported construct.
    pub kind: CompileErrorKind,
    /// The message, e.g. `'break' outside loop` or `async functions are not supported`.
    pub msg: String,
    /// 1-based line of the offending construct.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl CompileError {
    /// The Python exception class CPython would report: `IndentationError` for the
    /// parser's indentation errors, otherwise `SyntaxError`; `NotImplementedError` for
    /// unsupported constructs.
    pub fn exception_name(&self) -> &'static str {
        match self.kind {
            CompileErrorKind::NotImplemented => "NotImplementedError",
            CompileErrorKind::SyntaxError => {
                if self.msg.starts_with("Expected an indented block")
                    || self.msg == "Unexpected indentation"
                    || self.msg == "unindent does not match any outer indentation level"
                {
                    "IndentationError"
                } else {
                    "SyntaxError"
                }
            }
        }
    }

    pub(crate) fn syntax(msg: String, lines: &LineIndex, at: TextSize) -> CompileError {
        let (line, col) = lines.line_col(at);
        CompileError { kind: CompileErrorKind::SyntaxError, msg, line, col }
    }

    pub(crate) fn unsupported(what: &str, lines: &LineIndex, at: TextSize) -> CompileError {
        let (line, col) = lines.line_col(at);
        CompileError {
            kind: CompileErrorKind::NotImplemented,
            msg: format!("{what} {} not supported", if what.ends_with('s') { "are" } else { "is" }),
            line,
            col,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {}, column {})", self.exception_name(), self.msg, self.line, self.col)
    }
}

impl std::error::Error for CompileError {}

/// Maps byte offsets to 1-based (line, character column) pairs.
pub(crate) struct LineIndex<'s> {
    pub(crate) source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(source: &'s str) -> LineIndex<'s> {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, at: TextSize) -> u32 {
        let off = at.to_usize();
        let idx = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (idx + 1) as u32
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub(crate) fn line_col(&self, at: TextSize) -> (u32, u32) {
        let line = self.line(at);
        let start = self.starts[(line - 1) as usize];
        let off = at.to_usize().min(self.source.len());
        let col = self.source.get(start..off).map_or(off.saturating_sub(start), |s| {
            // A byte-order mark is not a column.
            s.strip_prefix('\u{feff}').unwrap_or(s).chars().count()
        });
        (line, col as u32 + 1)
    }
}

/// Compiles a module's source to its top-level code unit (nested functions, classes and
/// comprehensions are `Const::Code` constants inside it).
///
/// Never panics: parse errors, compile-time `SyntaxError`s and unsupported constructs are
/// all returned as [`CompileError`]s.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeUnit, CompileError> {
    compile_parsed(source, |module, table, lines| codegen::compile(module, table, lines, filename))
}

/// Parses `source`, builds its symbol table and generates code with `gen`, turning parse
/// errors into SyntaxErrors and a panic into an internal compiler error.
fn compile_parsed(
    source: &str,
    gen: impl FnOnce(
        &ruff_python_ast::ModModule,
        &scope::SymbolTable,
        &LineIndex,
    ) -> Result<CodeUnit, CompileError>,
) -> Result<CodeUnit, CompileError> {
    let lines = LineIndex::new(source);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
            let mut err = CompileError::syntax(e.error.to_string(), &lines, e.location.start());
            if err.msg.is_empty() {
                err.msg = "invalid syntax".to_string();
            }
            err
        })?;
        let module = parsed.syntax();
        let table = scope::build(module, &lines)?;
        gen(module, &table, &lines)
    }));
    match result {
        Ok(r) => r,
        Err(_) => Err(CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: "internal compiler error".to_string(),
            line: 1,
            col: 1,
        }),
    }
}

/// Compiles source given to `eval` (`eval_expr`: one expression, whose value the code
/// returns) or `exec`: a module whose top-level names (with `namespace_names`) are looked
/// up and bound in a namespace, then the globals, as a class body's are, or else are its
/// globals.
pub fn compile_namespace(
    source: &str,
    filename: &str,
    eval_expr: bool,
    namespace_names: bool,
) -> Result<CodeUnit, CompileError> {
    compile_parsed(source, |module, table, lines| {
        codegen::compile_namespace(module, table, lines, filename, eval_expr, namespace_names)
    })
}

/// How an instruction changes the operand stack and the frame's control state.
struct Effect {
    /// Items the instruction needs on the stack.
    pops: usize,
    /// Stack delta when execution continues at the next instruction (None: it does not).
    next: Option<isize>,
    /// Jump target and the stack delta when the jump is taken.
    jump: Option<(u32, isize)>,
}

fn effect(op: Op) -> Effect {
    use Op::*;
    let seq = |pops: usize, delta: isize| Effect { pops, next: Some(delta), jump: None };
    let stop = |pops: usize| Effect { pops, next: None, jump: None };
    let n = |x: u32| x as usize;
    match op {
        Nop | PopBlock | PopExcept => seq(0, 0),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(..) | LoadName(_)
        | PushNull | LoadAssertionError | ImportName(_) | LoadClassCell => seq(0, 1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | Pop | PopIter => seq(1, -1),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => seq(0, 0),
        LoadAttr(..) | Unary(_) | GetIter | ListToTuple | ToBool | Yield => seq(1, 0),
        StoreAttr(..) => seq(2, -2),
        DeleteAttr(_) => seq(1, -1),
        LoadMethod(..) | ImportFrom(_) => seq(1, 1),
        Call(k) | CallKw(k, _) => seq(n(k) + 2, -(n(k) as isize) - 1),
        CallEx(f) => seq(3 + n(f & 1), -2 - (f & 1) as isize),
        BinarySubscr | BinaryOp(..) | InplaceOp(..) | Compare(_) => seq(2, -1),
        StoreSubscr => seq(3, -3),
        DeleteSubscr => seq(2, -2),
        Dup => seq(1, 1),
        Dup2 => seq(2, 2),
        Rot2 => seq(2, 0),
        Rot3 => seq(3, 0),
        Rot4 => seq(4, 0),
        Jump(t) => Effect { pops: 0, next: None, jump: Some((t, 0)) },
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => Effect { pops: 1, next: Some(-1), jump: Some((t, -1)) },
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Effect { pops: 1, next: Some(-1), jump: Some((t, 0)) },
        ForIter(t) => Effect { pops: 1, next: Some(1), jump: Some((t, -1)) },
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildSlice(k) | BuildString(k) => {
            seq(n(k), 1 - n(k) as isize)
        }
        BuildMap(k) => seq(2 * n(k), 1 - 2 * n(k) as isize),
        FormatValue(f) => {
            let spec = n((f >> 2) & 1);
            seq(1 + spec, -(spec as isize))
        }
        ListAppend(k) | SetAdd(k) => seq(n(k) + 2, -1),
        MapAdd(k) => seq(n(k) + 3, -2),
        ListExtend | SetUpdate | DictUpdate | DictMerge => seq(2, -1),
        UnpackSequence(k) => seq(1, n(k) as isize - 1),
        UnpackEx(a, b) => seq(1, n(a) as isize + n(b) as isize),
        MakeFunction(f) => {
            let extra = n(f & 1) + n((f >> 1) & 1) + n((f >> 3) & 1);
            seq(2 + extra, -1 - extra as isize)
        }
        Return => stop(1),
        Send(t) => Effect { pops: 2, next: Some(0), jump: Some((t, -1)) },
        SetupExcept(_) => seq(0, 0),
        CheckExcMatch => seq(2, 0),
        Raise(k) => stop(n(k)),
        Reraise => stop(1),
        WithEnter => seq(1, 1),
        WithExitNormal => seq(1, -1),
        WithExitExc(t) => Effect { pops: 2, next: None, jump: Some((t, -2)) },
        BuildClass(k) => {
            let pops = n(k & 0xffff) + 2 + n((k & crate::bytecode::CLASS_KEYWORDS) >> 16);
            seq(pops, 1 - pops as isize)
        }
        NotImplemented(_) => stop(0),
        Match(k) => match k & 7 {
            crate::matching::MATCH_KEYS => seq(2, 1),
            crate::matching::DICT_WITHOUT_KEYS => seq(2, -1),
            crate::matching::MATCH_CLASS => seq(3, -2),
            _ => seq(1, 1),
        },
        // Quickened forms exist only in loaded code, never in compiler output.
        LoadFastLoadFast(_)
        | LoadFastLoadConst(_)
        | LoadFastLoadAttr(_)
        | LoadGlobalPushNull(..)
        | LoadFastLoadMethod(_)
        | LoadFastStoreAttr(_) => seq(0, 1),
        StoreFastLoadFast(_) => seq(1, -1),
        LoadFastPairSubscr(_) | LoadFastPairStoreSubscr(_) | LoadFastConstOpStore(_) => seq(0, 1),
        DupLoadAttr => seq(1, 1),
        Rot2StoreAttr => seq(2, 0),
        CompareJumpIfFalse(_) | BinaryOpStoreFast(..) => seq(2, -1),
    }
}

/// Control state at one instruction along one path.
#[derive(Clone, PartialEq, Eq, Debug)]
struct FlowState {
    /// Operand stack depth.
    depth: usize,
    /// Exceptions being handled (entered handlers not yet ended by `PopExcept`).
    handling: usize,
    /// Handler targets of the `SetupExcept` blocks not yet popped, innermost last.
    blocks: Vec<u32>,
}

/// Computes the maximum operand-stack depth of `code` (not of nested code units) by
/// walking every reachable path, and verifies the stack discipline on the way: depths and
/// block/handler nesting agree wherever paths join, the stack never underflows, handlers
/// are entered with the depth at their `SetupExcept` plus the exception, jump targets are
/// in range, and `Return` happens with one value on the stack and no handler block or
/// handled exception left over.
pub fn max_stack_depth(code: &CodeUnit) -> Result<usize, String> {
    let len = code.ops.len();
    let name = &code.qualname;
    if code.lines.len() != len {
        return Err(format!("{name}: {len} ops but {} line entries", code.lines.len()));
    }
    if len == 0 {
        return Err(format!("{name}: empty code"));
    }
    let mut states: Vec<Option<FlowState>> = vec![None; len];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0usize;
    let merge = |states: &mut Vec<Option<FlowState>>,
                 work: &mut Vec<usize>,
                 from: usize,
                 pc: u32,
                 st: FlowState|
     -> Result<(), String> {
        let pc = pc as usize;
        if pc >= len {
            return Err(format!("{name}: instruction {from} jumps or falls to {pc}, past the end ({len})"));
        }
        match &states[pc] {
            None => {
                states[pc] = Some(st);
                work.push(pc);
                Ok(())
            }
            Some(old) if *old == st => Ok(()),
            Some(old) => {
                Err(format!("{name}: inconsistent state at {pc} (reached from {from}): {old:?} vs {st:?}"))
            }
        }
    };
    merge(&mut states, &mut work, 0, 0, FlowState { depth: 0, handling: 0, blocks: Vec::new() })?;
    while let Some(pc) = work.pop() {
        let st = states[pc].clone().ok_or("internal: missing state")?;
        max = max.max(st.depth);
        let op = code.ops[pc];
        let eff = effect(op);
        if st.depth < eff.pops {
            return Err(format!(
                "{name}: stack underflow at {pc} ({op:?}): depth {} needs {}",
                st.depth, eff.pops
            ));
        }
        let apply = |delta: isize| -> usize { (st.depth as isize + delta) as usize };
        let mut next = st.clone();
        match op {
            Op::SetupExcept(target) => {
                next.blocks.push(target);
                // The handler runs with the block popped and the exception pushed.
                let handler =
                    FlowState { depth: st.depth + 1, handling: st.handling + 1, blocks: st.blocks.clone() };
                merge(&mut states, &mut work, pc, target, handler)?;
            }
            // (The guard pops the block; it only fails when there was none.)
            Op::PopBlock if next.blocks.pop().is_none() => {
                return Err(format!("{name}: PopBlock without a block at {pc}"));
            }
            Op::PopExcept => {
                if st.handling == 0 {
                    return Err(format!("{name}: PopExcept outside a handler at {pc}"));
                }
                next.handling -= 1;
            }
            Op::Return => {
                if !st.blocks.is_empty() || st.handling != 0 {
                    return Err(format!(
                        "{name}: Return at {pc} with {} blocks and {} handled exceptions",
                        st.blocks.len(),
                        st.handling
                    ));
                }
                if st.depth != 1 {
                    return Err(format!("{name}: Return at {pc} leaves {} items on the stack", st.depth - 1));
                }
            }
            Op::Reraise | Op::WithExitExc(_) if st.handling == 0 => {
                return Err(format!("{name}: {op:?} at {pc} outside a handler"));
            }
            _ => {}
        }
        if let Some((target, d)) = eff.jump {
            let mut jst = st.clone();
            jst.depth = apply(d);
            if let Op::WithExitExc(_) = op {
                jst.handling -= 1;
            }
            merge(&mut states, &mut work, pc, target, jst)?;
        }
        if let Some(d) = eff.next {
            next.depth = apply(d);
            merge(&mut states, &mut work, pc, pc as u32 + 1, next)?;
        }
    }
    Ok(max)
}
