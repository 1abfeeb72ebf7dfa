//! `eval` and `exec`: source compiled with its top-level names in a namespace (as a class
//! body's are), run in a frame of its own.
//!
//! The namespace starts with the given globals and locals dicts, or else with the
//! caller's locals (a function's, or a class body's); names it lacks are looked up among
//! the program's globals, then the builtins. Afterwards, names the code bound or changed
//! go back to the `locals` dict if given, else to the `globals` dict, else, at module
//! level, to the program's globals (a function's own locals are not changed, as in
//! CPython).

use super::{check_args, check_kw, kwarg, Kw};
use crate::compiler::CompileErrorKind;
use crate::intern::Sym;
use crate::object::*;
use crate::value::Value;
use crate::vm::{ExcKind, FrameKind, PyResult, Vm};

pub(super) fn eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    run_source(vm, args, kw, true)
}

pub(super) fn exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    run_source(vm, args, kw, false).map(|_| Value::NONE)
}

/// The str-keyed items of a mapping, as symbols.
fn mapping_items(vm: &mut Vm, m: Value) -> PyResult<Vec<(Sym, Value)>> {
    let keys = vm.collect_iter(m)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let Some(s) = k.as_str().map(str::to_string) else { continue };
        let v = vm.getitem(m, k)?;
        out.push((vm.intern(&s), v));
    }
    Ok(out)
}

fn run_source(vm: &mut Vm, args: &[Value], kw: Kw, is_eval: bool) -> PyResult {
    let name = if is_eval { "eval" } else { "exec" };
    check_kw(vm, name, kw, &["globals", "locals"])?;
    check_args(vm, name, args, 1, 3)?;
    let source = match args[0].as_str() {
        Some(s) => s.to_string(),
        None => match super::bytes::byte_data(args[0]) {
            Some(b) => vm.decode_bytes(&b, "utf-8", "strict")?,
            None => return vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")),
        },
    };
    let globals = args.get(1).copied().or_else(|| kwarg(vm, kw, "globals")).filter(|g| !g.is_none());
    let locals = args.get(2).copied().or_else(|| kwarg(vm, kw, "locals")).filter(|l| !l.is_none());
    if let Some(g) = globals {
        if !matches!(g.kind(), Some(ObjKind::Dict(_))) && crate::ops::base_of(g).is_none() {
            let tn = vm.type_name(g);
            let msg = if is_eval {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {tn}")
            };
            return vm.type_error(msg);
        }
    }
    // eval ignores leading spaces and tabs, as CPython's does.
    let source = if is_eval { source.trim_start_matches([' ', '\t']).to_string() } else { source };
    let unit = match crate::compiler::compile_namespace(&source, "<string>", is_eval) {
        Ok(u) => u,
        Err(e) => {
            let kind = match (e.kind, e.exception_name()) {
                (CompileErrorKind::NotImplemented, _) => ExcKind::NotImplementedError,
                (_, "IndentationError") => ExcKind::IndentationError,
                _ => ExcKind::SyntaxError,
            };
            return vm.err(kind, format!("{} (<string>, line {})", e.msg, e.line));
        }
    };
    let code = vm.load_code(&unit);
    let mark = vm.roots.len();
    vm.push_root(code);
    let ns = vm.heap.alloc(ObjKind::Module(Box::new(ModuleObj {
        name: "<string>".to_string(),
        attrs: Default::default(),
    })));
    vm.push_root(ns);
    let caller = vm.frames.last().map(|f| f.kind);
    let mut initial: Vec<(Sym, Value)> = Vec::new();
    let fill = (|| -> PyResult<()> {
        if let Some(g) = globals {
            initial.extend(mapping_items(vm, g)?);
        }
        if let Some(l) = locals {
            initial.extend(mapping_items(vm, l)?);
        }
        if globals.is_none() && locals.is_none() {
            if !matches!(caller, Some(FrameKind::Module) | None) {
                let d = super::functions::locals(vm, &[], &[])?;
                initial.extend(mapping_items(vm, d)?);
            } else if !is_eval {
                // Module-level exec starts from the program's globals, so that `del`
                // finds them.
                let mangle = crate::stdlib::MANGLE;
                let mut bound: Vec<(Sym, Value)> = vm
                    .global_index
                    .iter()
                    .map(|(&k, &slot)| (k, vm.globals[slot as usize].value))
                    .filter(|(k, v)| !v.is_null() && !vm.sym_str(*k).contains(mangle))
                    .collect();
                bound.sort_by_key(|(k, _)| vm.global_index[k]);
                initial.extend(bound);
            }
        }
        Ok(())
    })();
    if let Err(e) = fill {
        vm.pop_roots(mark);
        return Err(e);
    }
    if let Some(ObjKind::Module(m)) = ns.kind() {
        let mut attrs = m.attrs.borrow_mut();
        for (k, v) in &initial {
            attrs.insert(*k, *v);
        }
    }
    let r = vm.run_in_namespace(code, ns);
    let r = r.and_then(|v| {
        vm.push_root(v);
        write_back(vm, ns, &initial, locals.or(globals), caller)?;
        Ok(v)
    });
    vm.pop_roots(mark);
    r
}

/// Stores the names the code bound or changed (and removes those it deleted) where they
/// belong: the target dict, or the program's globals for code run at module level.
fn write_back(
    vm: &mut Vm,
    ns: Value,
    initial: &[(Sym, Value)],
    target: Option<Value>,
    caller: Option<FrameKind>,
) -> PyResult<()> {
    let now: Vec<(Sym, Value)> = match ns.kind() {
        Some(ObjKind::Module(m)) => m.attrs.borrow().iter().map(|(k, v)| (*k, *v)).collect(),
        _ => Vec::new(),
    };
    let before = |k: Sym| initial.iter().rev().find(|(s, _)| *s == k).map(|(_, v)| *v);
    let changed: Vec<(Sym, Value)> = now.iter().filter(|(k, v)| before(*k) != Some(*v)).copied().collect();
    let deleted: Vec<Sym> =
        initial.iter().map(|(k, _)| *k).filter(|k| !now.iter().any(|(s, _)| s == k)).collect();
    match target {
        Some(d) => {
            for (k, v) in changed {
                let kv = vm.sym_value(k);
                vm.setitem(d, kv, v)?;
            }
            for k in deleted {
                let kv = vm.sym_value(k);
                vm.delitem(d, kv)?;
            }
        }
        None if matches!(caller, Some(FrameKind::Module) | None) => {
            for (k, v) in changed {
                let slot = vm.code_global_slot(k) as usize;
                vm.globals[slot].value = v;
            }
            for k in deleted {
                let slot = vm.code_global_slot(k) as usize;
                vm.globals[slot].value = Value::NULL;
            }
        }
        None => {}
    }
    Ok(())
}
