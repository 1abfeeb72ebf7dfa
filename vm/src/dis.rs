//! A human-readable disassembler for Kiln code units (like CPython's `dis`).
//!
//! [`disassemble`] prints a header per code unit and one line per instruction: the source
//! line (when it changes), a `>>` marker on jump targets, the index, the op name, its
//! operands and a resolved comment (constant, name, local or jump target). Nested code
//! units (functions, classes, comprehensions) follow their parent.

use std::fmt::Write;

use crate::bytecode::{CodeUnit, Const, Op};

/// The jump target of a jump instruction (including `SetupExcept`, `ForIter`, `Send` and
/// `WithExitExc`), or None.
pub fn jump_target(op: Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::Send(t)
        | Op::SetupExcept(t)
        | Op::WithExitExc(t) => Some(t),
        _ => None,
    }
}

/// Python-style `repr` of a string.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python-style `repr` of a float.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let s = format!("{f:?}");
    match s.split_once('e') {
        Some((mant, exp)) => {
            let (sign, digits) = match exp.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exp),
            };
            let mant = mant.strip_suffix(".0").unwrap_or(mant);
            format!("{mant}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

/// Python-style `repr` of a constant (`<code name>` for code units).
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::Bool(true) => "True".to_string(),
        Const::Bool(false) => "False".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(f) => float_repr(*f),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => crate::repr::bytes_repr(b),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}

/// The resolved comment for one instruction.
fn comment(code: &CodeUnit, op: Op) -> String {
    let konst = |i: u32| code.consts.get(i as usize).map_or_else(|| "<bad const>".to_string(), const_repr);
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_else(|| "<bad name>".to_string());
    let var = |i: u32| code.varnames.get(i as usize).cloned().unwrap_or_else(|| "<bad slot>".to_string());
    if let Some(t) = jump_target(op) {
        return format!("to {t}");
    }
    match op {
        Op::LoadConst(i) | Op::NotImplemented(i) | Op::CallKw(_, i) => konst(i),
        Op::LoadFast(i)
        | Op::StoreFast(i)
        | Op::DeleteFast(i)
        | Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i) => var(i),
        Op::LoadGlobal(i, _)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i, _)
        | Op::StoreAttr(i, _)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i, _)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => name(i),
        Op::BinaryOp(b, _) => b.symbol().to_string(),
        Op::InplaceOp(b, _) => format!("{}=", b.symbol().trim_end_matches(" or pow()")),
        Op::Compare(c) => c.symbol().to_string(),
        Op::FormatValue(f) => {
            let conv = match f & 3 {
                1 => "str",
                2 => "repr",
                3 => "ascii",
                _ => "",
            };
            let spec = if f & 4 != 0 { "with spec" } else { "" };
            [conv, spec].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
        }
        Op::MakeFunction(f) => {
            let mut parts = Vec::new();
            if f & 1 != 0 {
                parts.push("defaults");
            }
            if f & 2 != 0 {
                parts.push("kwdefaults");
            }
            if f & 8 != 0 {
                parts.push("closure");
            }
            parts.join(", ")
        }
        _ => String::new(),
    }
}

fn disassemble_one(code: &CodeUnit, out: &mut String) {
    let mut flags = Vec::new();
    for (on, name) in [
        (code.flags.module, "module"),
        (code.flags.class_body, "class_body"),
        (code.flags.generator, "generator"),
        (code.flags.varargs, "varargs"),
        (code.flags.varkw, "varkw"),
        (code.flags.needs_class_cell, "needs_class_cell"),
    ] {
        if on {
            flags.push(name);
        }
    }
    let cells: Vec<String> = code
        .cellvars
        .iter()
        .map(|&i| code.varnames.get(i as usize).cloned().unwrap_or_else(|| format!("<slot {i}>")))
        .collect();
    let nlocals = code.varnames.len();
    let nfree = (code.nfree as usize).min(nlocals);
    let free: Vec<String> = code.varnames[nlocals - nfree..].to_vec();
    let _ = writeln!(
        out,
        "Disassembly of {} ({}:{}), args={}, posonly={}, kwonly={}, flags=[{}], locals={}, cells={}, free={}:",
        code.qualname,
        code.filename,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        flags.join(", "),
        list(&code.varnames[..nlocals - nfree]),
        list(&cells),
        list(&free),
    );
    let mut targets = vec![false; code.ops.len() + 1];
    for op in &code.ops {
        if let Some(t) = jump_target(*op) {
            if let Some(slot) = targets.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    let mut last_line = None;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.lines.get(i).copied();
        let line_text = if line != last_line {
            last_line = line;
            line.map_or_else(String::new, |l| l.to_string())
        } else {
            String::new()
        };
        let marker = if targets[i] { ">>" } else { "" };
        let debug = format!("{op:?}");
        let (name, operands) = match debug.split_once('(') {
            Some((n, rest)) => (n.to_string(), rest.trim_end_matches(')').to_string()),
            None => (debug.clone(), String::new()),
        };
        let c = comment(code, *op);
        let c = if c.is_empty() { String::new() } else { format!("({c})") };
        let text = format!("{line_text:>4} {marker:>2} {i:>4} {name:<18} {operands:<10} {c}");
        let _ = writeln!(out, "{}", text.trim_end());
    }
}

/// Disassembles a code unit and, after it, every code unit nested in its constants.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    let mut stack = vec![code];
    let mut first = true;
    while let Some(c) = stack.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        disassemble_one(c, &mut out);
        for k in c.consts.iter().rev() {
            if let Const::Code(inner) = k {
                stack.push(inner);
            }
        }
    }
    out
}
