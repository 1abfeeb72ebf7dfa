//! `eval` and `exec`.
//!
//! Without a globals dict, the source runs with its top-level names in a namespace (as a
//! class body's are) that starts with the caller's locals (a function's or a class
//! body's); names it lacks come from the program's globals, then the builtins. Names the
//! code binds go back to the program's globals at module level, to the class namespace
//! in a class body, and nowhere in a function (as in CPython, a function's locals do not
//! change).
//!
//! With a globals dict, the code is loaded with global slots of its own (the way an
//! embedded module's are, under a prefix kept per dict), filled from the dict before the
//! run and copied back after it, so that functions the code defines see those globals
//! too. A `__builtins__` dict in it replaces the builtins. A separate locals mapping
//! becomes the namespace of the top-level names.

use super::{check_args, check_kw, kwarg, Kw};
use crate::compiler::CompileErrorKind;
use crate::intern::Sym;
use crate::object::*;
use crate::stdlib::MANGLE;
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
    let locals = locals.filter(|&l| Some(l) != globals);
    // With only a globals dict, top-level names are its globals; otherwise they live in
    // a namespace.
    let namespace_mode = globals.is_none() || locals.is_some();
    // eval ignores leading spaces and tabs, as CPython's does.
    let source = if is_eval { source.trim_start_matches([' ', '\t']).to_string() } else { source };
    let unit = match crate::compiler::compile_namespace(&source, "<string>", is_eval, namespace_mode) {
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
    let prefix = globals.map(|g| exec_prefix(vm, g));
    let outer = std::mem::replace(&mut vm.global_prefix, prefix.clone());
    let code = vm.load_code(&unit);
    vm.global_prefix = outer;
    let mark = vm.roots.len();
    vm.push_root(code);
    let caller = vm.frames.last().map(|f| f.kind);
    if let Some(g) = globals {
        vm.exec_globals.push(g);
    }
    let r = (|| -> PyResult {
        if let (Some(g), Some(p)) = (globals, &prefix) {
            fill_private_globals(vm, g, p)?;
        }
        let value = if namespace_mode {
            let ns = vm.heap.alloc(ObjKind::Module(Box::new(ModuleObj {
                name: "<string>".to_string(),
                attrs: Default::default(),
            })));
            vm.push_root(ns);
            let initial = initial_namespace(vm, globals, locals, caller, is_eval)?;
            if let Some(ObjKind::Module(m)) = ns.kind() {
                let mut attrs = m.attrs.borrow_mut();
                for (k, v) in &initial {
                    attrs.insert(*k, *v);
                }
            }
            let v = vm.run_in_namespace(code, ns)?;
            vm.push_root(v);
            let target = match (locals, globals) {
                (Some(l), _) => Target::Mapping(l),
                (None, None) => match caller {
                    Some(FrameKind::Module) | None => Target::ProgramGlobals,
                    Some(FrameKind::ClassBody(cns)) => Target::ClassNamespace(cns),
                    _ => Target::Nowhere,
                },
                (None, Some(_)) => Target::Nowhere,
            };
            write_back(vm, ns, &initial, target)?;
            v
        } else {
            vm.run_code_in_module_frame(code)?
        };
        vm.push_root(value);
        if let (Some(g), Some(p)) = (globals, &prefix) {
            copy_private_globals(vm, g, p)?;
        }
        Ok(value)
    })();
    if globals.is_some() {
        vm.exec_globals.pop();
    }
    vm.pop_roots(mark);
    r
}

/// The global-slot prefix of the code run with globals dict `g`: one per dict, so that
/// functions defined by one `exec` see what a later one binds.
fn exec_prefix(vm: &mut Vm, g: Value) -> String {
    let n = vm.exec_prefixes.len();
    vm.exec_prefixes.entry(g.bits()).or_insert_with(|| format!("<exec{n}>")).clone()
}

/// The global slots under `prefix`.
fn private_slots(vm: &Vm, prefix: &str) -> Vec<(String, usize)> {
    let head = format!("{prefix}{MANGLE}");
    let mut v: Vec<(String, usize)> = vm
        .global_index
        .iter()
        .filter_map(|(&k, &slot)| {
            vm.sym_str(k).strip_prefix(&head).map(|short| (short.to_string(), slot as usize))
        })
        .collect();
    v.sort_by_key(|(_, s)| *s);
    v
}

/// Sets the code's private globals to the dict's items (and unbinds the others), and
/// their builtins to the dict's `__builtins__` dict if it has one.
fn fill_private_globals(vm: &mut Vm, g: Value, prefix: &str) -> PyResult<()> {
    for (_, slot) in private_slots(vm, prefix) {
        vm.globals[slot].value = Value::NULL;
    }
    let items = mapping_items(vm, g)?;
    let outer = vm.global_prefix.replace(prefix.to_string());
    let mut builtins = None;
    let mut has_name = false;
    for (k, v) in &items {
        match vm.sym_str(*k) {
            "__builtins__" => builtins = Some(*v),
            "__name__" => has_name = true,
            _ => {}
        }
        let slot = vm.code_global_slot(*k) as usize;
        vm.globals[slot].value = *v;
    }
    if !has_name {
        // What CPython's exec shows: the name of the builtins module it adds.
        let n = vm.intern("__name__");
        let slot = vm.code_global_slot(n) as usize;
        vm.globals[slot].value = vm.new_str("builtins");
    }
    vm.global_prefix = outer;
    // A `__builtins__` dict stands in for the builtins.
    for (short, slot) in private_slots(vm, prefix) {
        let real = vm.interner.lookup(&short).and_then(|s| vm.global_index.get(&s).copied());
        let real = real.map_or(Value::NULL, |i| vm.globals[i as usize].builtin);
        let b = match builtins {
            Some(d) if matches!(d.kind(), Some(ObjKind::Dict(_))) => {
                let k = vm.new_str(&short);
                vm.dict_get(d, k)?.unwrap_or(Value::NULL)
            }
            _ => real,
        };
        vm.globals[slot].builtin = b;
    }
    Ok(())
}

/// Copies the private globals back into the dict: new and rebound names, and removes
/// those the code deleted.
fn copy_private_globals(vm: &mut Vm, g: Value, prefix: &str) -> PyResult<()> {
    for (short, slot) in private_slots(vm, prefix) {
        let v = vm.globals[slot].value;
        let k = vm.new_str(&short);
        if v.is_null() {
            if vm.dict_get(g, k)?.is_some() {
                vm.delitem(g, k)?;
            }
            continue;
        }
        if short == "__name__" && vm.dict_get(g, k)?.is_none() && v.as_str() == Some("builtins") {
            continue;
        }
        if vm.dict_get(g, k)? != Some(v) {
            vm.setitem(g, k, v)?;
        }
    }
    Ok(())
}

/// What the namespace of top-level names starts with.
fn initial_namespace(
    vm: &mut Vm,
    globals: Option<Value>,
    locals: Option<Value>,
    caller: Option<FrameKind>,
    is_eval: bool,
) -> PyResult<Vec<(Sym, Value)>> {
    if let Some(l) = locals {
        return mapping_items(vm, l);
    }
    if globals.is_some() {
        return Ok(Vec::new());
    }
    match caller {
        Some(FrameKind::Module) | None => {
            if is_eval {
                return Ok(Vec::new());
            }
            // Module-level exec starts from the program's globals, so that `del` finds
            // them.
            let mut bound: Vec<(Sym, Value)> = vm
                .global_index
                .iter()
                .map(|(&k, &slot)| (k, vm.globals[slot as usize].value))
                .filter(|(k, v)| !v.is_null() && !vm.sym_str(*k).contains(MANGLE))
                .collect();
            bound.sort_by_key(|(k, _)| vm.global_index[k]);
            Ok(bound)
        }
        Some(FrameKind::ClassBody(ns)) => Ok(match ns.kind() {
            Some(ObjKind::Module(m)) => m.attrs.borrow().iter().map(|(k, v)| (*k, *v)).collect(),
            _ => Vec::new(),
        }),
        _ => {
            let d = super::functions::locals(vm, &[], &[])?;
            mapping_items(vm, d)
        }
    }
}

/// Where the names bound in the namespace go afterwards.
enum Target {
    /// A locals mapping.
    Mapping(Value),
    /// The program's globals (code run at module level).
    ProgramGlobals,
    /// A class body's namespace.
    ClassNamespace(Value),
    /// Nowhere (a function's locals).
    Nowhere,
}

/// Stores the names the code bound or changed (and removes those it deleted) where they
/// belong.
fn write_back(vm: &mut Vm, ns: Value, initial: &[(Sym, Value)], target: Target) -> PyResult<()> {
    let now: Vec<(Sym, Value)> = match ns.kind() {
        Some(ObjKind::Module(m)) => m.attrs.borrow().iter().map(|(k, v)| (*k, *v)).collect(),
        _ => Vec::new(),
    };
    let before = |k: Sym| initial.iter().rev().find(|(s, _)| *s == k).map(|(_, v)| *v);
    let changed: Vec<(Sym, Value)> = now.iter().filter(|(k, v)| before(*k) != Some(*v)).copied().collect();
    let deleted: Vec<Sym> =
        initial.iter().map(|(k, _)| *k).filter(|k| !now.iter().any(|(s, _)| s == k)).collect();
    match target {
        Target::Mapping(d) => {
            for (k, v) in changed {
                let kv = vm.sym_value(k);
                vm.setitem(d, kv, v)?;
            }
            for k in deleted {
                let kv = vm.sym_value(k);
                vm.delitem(d, kv)?;
            }
        }
        Target::ProgramGlobals => {
            for (k, v) in changed {
                let slot = vm.code_global_slot(k) as usize;
                vm.globals[slot].value = v;
            }
            for k in deleted {
                let slot = vm.code_global_slot(k) as usize;
                vm.globals[slot].value = Value::NULL;
            }
        }
        Target::ClassNamespace(cns) => {
            if let Some(ObjKind::Module(m)) = cns.kind() {
                let mut attrs = m.attrs.borrow_mut();
                for (k, v) in changed {
                    attrs.insert(k, v);
                }
                for k in deleted {
                    attrs.shift_remove(&k);
                }
            }
        }
        Target::Nowhere => {}
    }
    Ok(())
}
